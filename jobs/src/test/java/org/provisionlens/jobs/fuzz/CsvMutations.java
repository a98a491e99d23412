package org.provisionlens.jobs.fuzz;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.provisionlens.core.csv.CsvRecordReader;

/**
 * Broken variants of a valid CSV file: huge fields, numbers and text swapped, the header duplicated, missing,
 * reordered or cut, rows with too many or too few values, a quote never closed, line endings changed; plus the
 * variants of any file ({@link Mutations}).
 */
final class CsvMutations {

    private CsvMutations() {}

    static List<Variant> of(String valid, long seed) {
        List<List<String>> rows = parse(valid);
        List<String> header = rows.get(0);
        List<List<String>> body = rows.subList(1, rows.size());
        Random random = new Random(seed);
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        List<Variant> variants = new ArrayList<>();
        variants.addAll(Mutations.truncations(bytes, seed, 4));
        variants.addAll(
                Mutations.truncations(Mutations.withAccents(valid).getBytes(StandardCharsets.UTF_8), seed + 1, 1));
        variants.addAll(Mutations.encodings(Mutations.withAccents(valid), seed));
        variants.addAll(Mutations.garbage(bytes, seed));
        for (int i = 0; i < 2; i++) {
            List<List<String>> copy = copy(rows);
            int row = 1 + random.nextInt(body.size());
            int column = random.nextInt(header.size());
            copy.get(row).set(column, huge(random));
            variants.add(variant("5 MB value in " + header.get(column) + " on line " + (row + 1), seed, copy));
        }
        List<List<String>> swapped = copy(rows);
        int row = 1 + random.nextInt(body.size());
        for (int c = 0; c < header.size() && c < swapped.get(row).size(); c++) {
            String value = swapped.get(row).get(c);
            swapped.get(row).set(c, value.matches("-?[0-9.]+") ? "not a number" : "12345");
        }
        variants.add(variant("numbers and text swapped on line " + (row + 1), seed, swapped));
        List<List<String>> negative = copy(rows);
        for (int c = 0; c < header.size() && c < negative.get(row).size(); c++) {
            if (negative.get(row).get(c).matches("[0-9.]+")) {
                negative.get(row).set(c, random.nextBoolean() ? "-99999999999999999999" : "1e308");
            }
        }
        variants.add(variant("numbers out of range on line " + (row + 1), seed, negative));
        variants.add(new Variant("header only", seed, (line(header) + "\n").getBytes(StandardCharsets.UTF_8)));
        variants.add(
                new Variant("header line twice", seed, (line(header) + "\n" + valid).getBytes(StandardCharsets.UTF_8)));
        variants.add(variant("header missing", seed, copy(body)));
        int twice = random.nextInt(header.size());
        List<List<String>> duplicated = copy(rows);
        duplicated.get(0).set((twice + 1) % header.size(), header.get(twice));
        variants.add(variant("column " + header.get(twice) + " named twice", seed, duplicated));
        List<List<String>> reordered = reorder(rows, random);
        variants.add(variant("columns reordered", seed, reordered));
        int dropped = random.nextInt(header.size());
        List<List<String>> withoutColumn = copy(rows);
        withoutColumn.forEach(r -> {
            if (dropped < r.size()) {
                r.remove(dropped);
            }
        });
        variants.add(variant("column " + header.get(dropped) + " left out", seed, withoutColumn));
        List<List<String>> oddHeader = copy(rows);
        oddHeader.get(0).add("");
        oddHeader.get(0).add("a.b");
        oddHeader.get(0).add("`quoted`");
        variants.add(variant("header with an empty, a dotted and a back-quoted column", seed, oddHeader));
        List<List<String>> ragged = copy(rows);
        ragged.get(1).add("extra");
        ragged.get(1).add("values");
        if (ragged.size() > 2) {
            ragged.set(2, new ArrayList<>(ragged.get(2).subList(0, 1)));
        }
        variants.add(variant("a row with too many values and one with too few", seed, ragged));
        variants.add(new Variant(
                "a quote opened and never closed",
                seed,
                valid.replaceFirst("\n([^\n]*)\n", "\n\"$1\n").getBytes(StandardCharsets.UTF_8)));
        variants.add(new Variant(
                "CR line endings",
                seed,
                valid.replace("\r\n", "\n").replace('\n', '\r').getBytes(StandardCharsets.UTF_8)));
        variants.add(new Variant(
                "blank lines between rows",
                seed,
                valid.replace("\n", "\n\n  \n").getBytes(StandardCharsets.UTF_8)));
        variants.add(new Variant(
                "a row of 100,000 commas",
                seed,
                (valid + ",".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8)));
        return variants;
    }

    private static String huge(Random random) {
        StringBuilder text = new StringBuilder(Mutations.HUGE);
        String letters = "abcdefghijklmnopqrstuvwxyz ";
        while (text.length() < Mutations.HUGE) {
            text.append(letters.charAt(random.nextInt(letters.length())));
        }
        return text.toString();
    }

    private static List<List<String>> reorder(List<List<String>> rows, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        List<List<String>> reordered = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> moved = new ArrayList<>();
            for (int i : order) {
                moved.add(i < row.size() ? row.get(i) : "");
            }
            reordered.add(moved);
        }
        return reordered;
    }

    private static Variant variant(String name, long seed, List<List<String>> rows) {
        return new Variant(
                name,
                seed,
                rows.stream()
                        .map(CsvMutations::line)
                        .collect(Collectors.joining("\n", "", "\n"))
                        .getBytes(StandardCharsets.UTF_8));
    }

    static String line(List<String> values) {
        return values.stream()
                .map(v -> v.contains(",") || v.contains("\"") || v.contains("\n")
                        ? "\"" + v.replace("\"", "\"\"") + "\""
                        : v)
                .collect(Collectors.joining(","));
    }

    private static List<List<String>> copy(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>();
        rows.forEach(r -> copy.add(new ArrayList<>(r)));
        return copy;
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text.replace("\uFEFF", "")))) {
            for (CsvRecordReader.Record record = reader.next(); record != null; record = reader.next()) {
                if (!record.isBlank()) {
                    rows.add(new ArrayList<>(record.values()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
