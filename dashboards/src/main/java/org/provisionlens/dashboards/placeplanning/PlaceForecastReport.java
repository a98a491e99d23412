package org.provisionlens.dashboards.placeplanning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.provisionlens.dashboards.Formats;
import org.provisionlens.dashboards.PublishedRun;

/**
 * The place forecast of a published run, as the page shows it: per type its places and pupils, the SCAP table (year
 * group by year), and the totals per year the chart draws. Pupils are rounded to whole pupils for showing; totals are
 * rounded from the unrounded sum.
 */
record PlaceForecastReport(
        PublishedRun run, List<TypeRow> types, List<CellRow> cells, List<SettingRow> settings, List<GrowthRow> growth) {

    /** One line of a SCAP table: a year group (or the total), its pupils in each year, DfE's census count. */
    record Line(String label, List<String> pupils, String dfe) {}

    /** The SCAP table of one type. */
    record ScapTable(TypeRow type, List<Line> lines, Line total) {
        public String id() {
            return "scap-" + type.scapType().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One type's summary line: places now, pupils now and in the last year, and places minus pupils then. */
    record Summary(TypeRow type, String censusPupils, String lastPupils, String lastRange, String spare) {}

    public int censusYear() {
        return types.isEmpty() ? 0 : types.get(0).censusYear();
    }

    /** The census year and the forecast years, in order. */
    public List<Integer> years() {
        return List.copyOf(new TreeSet<>(cells.stream().map(CellRow::year).toList()));
    }

    public int lastYear() {
        List<Integer> years = years();
        return years.isEmpty() ? censusYear() : years.get(years.size() - 1);
    }

    /** Pupils of a type in a year, over every year group, unrounded. */
    double pupils(String type, int year) {
        return cells.stream()
                .filter(c -> c.scapType().equals(type) && c.year() == year)
                .mapToDouble(CellRow::pupils)
                .sum();
    }

    double range(String type, int year, boolean high) {
        return cells.stream()
                .filter(c -> c.scapType().equals(type) && c.year() == year)
                .mapToDouble(c -> high ? c.high80() : c.low80())
                .sum();
    }

    public List<Summary> summaries() {
        int last = lastYear();
        return types.stream()
                .map(type -> new Summary(
                        type,
                        whole(pupils(type.scapType(), censusYear())),
                        whole(pupils(type.scapType(), last)),
                        whole(range(type.scapType(), last, false)) + " to " + whole(range(type.scapType(), last, true)),
                        type.spareText(pupils(type.scapType(), last))))
                .toList();
    }

    public List<ScapTable> tables() {
        List<Integer> years = years();
        List<ScapTable> tables = new ArrayList<>();
        for (TypeRow type : types) {
            Map<Integer, List<CellRow>> byGroup = new TreeMap<>();
            cells.stream()
                    .filter(c -> c.scapType().equals(type.scapType()))
                    .forEach(c -> byGroup.computeIfAbsent(c.yearGroup(), g -> new ArrayList<>())
                            .add(c));
            List<Line> lines = new ArrayList<>();
            byGroup.forEach((group, groupCells) -> {
                List<String> values = new ArrayList<>();
                for (int year : years) {
                    values.add(groupCells.stream()
                            .filter(c -> c.year() == year)
                            .findFirst()
                            .map(c -> whole(c.pupils()))
                            .orElse(""));
                }
                Integer dfe = groupCells.stream()
                        .filter(CellRow::census)
                        .findFirst()
                        .map(CellRow::dfePupils)
                        .orElse(null);
                lines.add(new Line(CellRow.yearGroupLabel(group), values, dfe == null ? "" : Formats.count(dfe)));
            });
            List<String> totals = years.stream()
                    .map(year -> whole(pupils(type.scapType(), year)))
                    .toList();
            Integer dfeTotal = dfeOverYearGroups(type.scapType());
            tables.add(new ScapTable(
                    type,
                    lines,
                    new Line("Reception to Year 14", totals, dfeTotal == null ? "" : Formats.count(dfeTotal))));
        }
        return tables;
    }

    /** DfE's census count over every year group, or {@code null} when any year group's is not available. */
    Integer dfeOverYearGroups(String type) {
        int sum = 0;
        for (CellRow cell : cells) {
            if (cell.census() && cell.scapType().equals(type)) {
                if (cell.dfePupils() == null) {
                    return null;
                }
                sum += cell.dfePupils();
            }
        }
        return sum;
    }

    /** The known places in the area of all types together, or {@code null} when no type's are known. */
    Integer knownPlaces() {
        Integer sum = null;
        for (TypeRow type : types) {
            Integer places = type.knownPlaces();
            if (places != null) {
                sum = (sum == null ? 0 : sum) + places;
            }
        }
        return sum;
    }

    /** Whether some places in the area are unknown, so that the known places are a lower bound. */
    public boolean placesPartial() {
        return types.stream().anyMatch(t -> t.knownPlaces() == null || TypeRow.PARTIAL.equals(t.capacityStatus()));
    }

    public String knownPlacesText() {
        Integer places = knownPlaces();
        return places == null ? "Unknown" : (placesPartial() ? "at least " : "") + Formats.count(places);
    }

    /** The chart's table: per year, each type's pupils and their total, rounded. */
    public List<Line> yearTotals() {
        List<Line> lines = new ArrayList<>();
        for (int year : years()) {
            List<String> values = new ArrayList<>();
            double all = 0;
            for (TypeRow type : types) {
                double pupils = pupils(type.scapType(), year);
                all += pupils;
                values.add(whole(pupils));
            }
            values.add(whole(all));
            lines.add(new Line(year == censusYear() ? year + " (census)" : String.valueOf(year), values, ""));
        }
        return lines;
    }

    public String yearHeader(int year) {
        return year == censusYear() ? "January " + year + " (census)" : "January " + year;
    }

    static String whole(double pupils) {
        return Formats.count(Math.round(pupils));
    }
}
