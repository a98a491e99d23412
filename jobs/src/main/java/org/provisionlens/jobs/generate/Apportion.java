package org.provisionlens.jobs.generate;

import java.util.Arrays;

/** Whole-number shares that add up exactly: largest remainders, and two-way tables fitted to both margins. */
final class Apportion {

    private Apportion() {}

    /**
     * Splits {@code total} in proportion to {@code weights} (largest remainder; ties to the earlier index). All-zero
     * weights split evenly.
     */
    static int[] largestRemainder(int total, double[] weights) {
        int n = weights.length;
        int[] shares = new int[n];
        if (n == 0 || total <= 0) {
            return shares;
        }
        double sum = Arrays.stream(weights).map(w -> Math.max(0, w)).sum();
        double[] exact = new double[n];
        for (int i = 0; i < n; i++) {
            exact[i] = sum > 0 ? total * Math.max(0, weights[i]) / sum : (double) total / n;
        }
        int given = 0;
        for (int i = 0; i < n; i++) {
            shares[i] = (int) Math.floor(exact[i]);
            given += shares[i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byRemainder = Double.compare(exact[b] - shares[b], exact[a] - shares[a]);
            return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
        });
        for (int k = 0; given < total; k = (k + 1) % n) {
            shares[order[k]]++;
            given++;
        }
        return shares;
    }

    /**
     * A table of whole numbers whose rows add up to {@code rowTotals} and columns to {@code columnTotals} (which must
     * have the same sum), as close to the proportions of {@code seed} as iterative proportional fitting and rounding
     * allow. Cells the seed leaves at zero stay zero unless the margins cannot be met otherwise.
     */
    static int[][] fit(double[][] seed, int[] rowTotals, int[] columnTotals) {
        int rows = rowTotals.length;
        int columns = columnTotals.length;
        if (Arrays.stream(rowTotals).sum() != Arrays.stream(columnTotals).sum()) {
            throw new IllegalArgumentException("row and column totals differ");
        }
        double[][] cells = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells[r][c] = Math.max(0, seed[r][c]);
            }
        }
        for (int iteration = 0; iteration < 50; iteration++) {
            for (int r = 0; r < rows; r++) {
                double sum = Arrays.stream(cells[r]).sum();
                for (int c = 0; c < columns; c++) {
                    cells[r][c] = sum > 0 ? cells[r][c] * rowTotals[r] / sum : 0;
                }
            }
            for (int c = 0; c < columns; c++) {
                double sum = 0;
                for (int r = 0; r < rows; r++) {
                    sum += cells[r][c];
                }
                for (int r = 0; r < rows; r++) {
                    cells[r][c] = sum > 0 ? cells[r][c] * columnTotals[c] / sum : 0;
                }
            }
        }
        int[][] table = new int[rows][columns];
        int[] rowLeft = rowTotals.clone();
        int[] columnLeft = columnTotals.clone();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int whole = (int) Math.min(Math.floor(cells[r][c] + 1e-9), Math.min(rowLeft[r], columnLeft[c]));
                table[r][c] = whole;
                rowLeft[r] -= whole;
                columnLeft[c] -= whole;
            }
        }
        // the largest fractions first, where both the row and the column still lack some
        Integer[] order = new Integer[rows * columns];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            double fa = cells[a / columns][a % columns] - table[a / columns][a % columns];
            double fb = cells[b / columns][b % columns] - table[b / columns][b % columns];
            int byFraction = Double.compare(fb, fa);
            return byFraction != 0 ? byFraction : Integer.compare(a, b);
        });
        for (int index : order) {
            int r = index / columns;
            int c = index % columns;
            if (rowLeft[r] > 0 && columnLeft[c] > 0 && cells[r][c] > table[r][c]) {
                table[r][c]++;
                rowLeft[r]--;
                columnLeft[c]--;
            }
        }
        // anything still missing goes north-west corner first, which always meets both margins
        for (int r = 0, c = 0; r < rows && c < columns; ) {
            int add = Math.min(rowLeft[r], columnLeft[c]);
            table[r][c] += add;
            rowLeft[r] -= add;
            columnLeft[c] -= add;
            if (rowLeft[r] == 0) {
                r++;
            } else {
                c++;
            }
        }
        return table;
    }
}
