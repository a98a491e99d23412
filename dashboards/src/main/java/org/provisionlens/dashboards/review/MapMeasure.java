package org.provisionlens.dashboards.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the map colours the localities by. The gap (forecast demand minus capacity) on a diverging red-green scale
 * whose breaks are symmetric about zero at half the largest gap (rounded up to a whole number, at least 1); travel
 * access (% of demand within reach) on a sequential blue scale with fixed breaks at 50%, 70% and 90%.
 */
enum MapMeasure {
    GAP("gap", "Gap: forecast demand minus capacity") {
        @Override
        BigDecimal value(Cell cell) {
            return cell.gap();
        }

        @Override
        String valueText(Cell cell) {
            return cell.gapText();
        }

        @Override
        MapScale scale(List<Cell> cells) {
            double largest = cells.stream()
                    .map(Cell::gap)
                    .filter(Objects::nonNull)
                    .mapToDouble(g -> Math.abs(g.doubleValue()))
                    .max()
                    .orElse(0);
            long half = Math.max(1, (long) Math.ceil(largest / 2));
            return new MapScale(
                    List.of(
                            new MapClass("pl-fill--short-high", "#d4351c", "Short by " + half + " or more"),
                            new MapClass("pl-fill--short-low", "#f0a08d", "Short by less than " + half),
                            new MapClass("pl-fill--spare-low", "#8cc6a2", "No shortfall, less than " + half + " spare"),
                            new MapClass("pl-fill--spare-high", "#00703c", half + " or more spare")),
                    half);
        }

        @Override
        MapClass classify(BigDecimal gap, MapScale scale) {
            long half = scale.half();
            double value = gap.doubleValue();
            if (value >= half) {
                return scale.get(0);
            }
            if (value > 0) {
                return scale.get(1);
            }
            return value > -half ? scale.get(2) : scale.get(3);
        }
    },
    TRAVEL("travel", "Travel access: demand within 45 minutes of a suitable service with spare capacity") {
        @Override
        BigDecimal value(Cell cell) {
            return cell.travelAccessPct();
        }

        @Override
        String valueText(Cell cell) {
            return cell.travelAccessPct() == null ? Cell.UNKNOWN : Numbers.percent(cell.travelAccessPct());
        }

        @Override
        MapScale scale(List<Cell> cells) {
            return new MapScale(
                    List.of(
                            new MapClass("pl-fill--travel-1", "#d2e2f1", "Under 50%"),
                            new MapClass("pl-fill--travel-2", "#8eb8dc", "50% to under 70%"),
                            new MapClass("pl-fill--travel-3", "#1d70b8", "70% to under 90%"),
                            new MapClass("pl-fill--travel-4", "#003078", "90% or more")),
                    0);
        }

        @Override
        MapClass classify(BigDecimal pct, MapScale scale) {
            double value = pct.setScale(1, RoundingMode.HALF_UP).doubleValue();
            if (value >= 90) {
                return scale.get(3);
            }
            if (value >= 70) {
                return scale.get(2);
            }
            return value >= 50 ? scale.get(1) : scale.get(0);
        }
    };

    private final String code;
    private final String title;

    MapMeasure(String code, String title) {
        this.code = code;
        this.title = title;
    }

    static MapMeasure of(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).equals("travel") ? TRAVEL : GAP;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    abstract BigDecimal value(Cell cell);

    abstract String valueText(Cell cell);

    /** The classes of the scale, in legend order. */
    abstract MapScale scale(List<Cell> cells);

    abstract MapClass classify(BigDecimal value, MapScale scale);

    /** The class of a locality's cell: no data where there is no cell or no value. */
    MapClass classOf(Cell cell, MapScale scale) {
        if (cell == null || value(cell) == null) {
            return MapClass.NO_DATA;
        }
        return classify(value(cell), scale);
    }
}
