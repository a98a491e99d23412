package org.provisionlens.jobs.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.provisionlens.core.provision.NeedCode;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * DfE's EHC plans by primary need ({@code sen_needs_all_plans.csv}, SEN2) for one time period: for each local
 * authority the "All EHC plans" row, the "Child or young persons age" rows and the "Type of placement" rows (less
 * their subtotals), plus England's need counts. A {@code null} count is suppressed ({@code c x z low u}).
 */
final class PublishedPlans {

    static final String FILE = "dfe-ehc-plans-2025/sen_needs_all_plans.csv";
    static final List<NeedCode> NEEDS = NeedCode.ehcPlanNeeds();
    private static final Set<String> SUPPRESSED = Set.of("c", "x", "z", "low", "u", "");

    /** One published row: its breakdown, its plans and its plans by need (in {@link #NEEDS} order). */
    record Cells(String breakdown, Integer plans, Integer[] byNeed) {}

    /** One LA's rows. */
    record LaRows(String gss, String oldCode, String name, Cells all, List<Cells> ages, List<Cells> placements) {}

    private final Map<String, LaRows> byLa;
    private final Cells england;

    private PublishedPlans(Map<String, LaRows> byLa, Cells england) {
        this.byLa = byLa;
        this.england = england;
    }

    static PublishedPlans load(Path dataFolder, String timePeriod) {
        Table file = CsvText.frame(dataFolder.resolve(FILE));
        Table table = file.where(file.stringColumn("time_period").eval(period -> timePeriod.equals(period.trim())));

        Map<String, List<String>> header = new TreeMap<>();
        Map<String, Cells> all = new TreeMap<>();
        Map<String, List<Cells>> ages = new LinkedHashMap<>();
        Map<String, List<Cells>> placements = new LinkedHashMap<>();
        Cells england = null;
        for (Row row : table) {
            Integer[] byNeed = new Integer[NEEDS.size()];
            for (int i = 0; i < byNeed.length; i++) {
                byNeed[i] = count(row.getString(NEEDS.get(i).dfeCountColumn()));
            }
            Cells cells = new Cells(row.getString("breakdown").trim(), count(row.getString("ehc_plans")), byNeed);
            String rowTopic = row.getString("breakdown_topic").trim();
            String rowLevel = row.getString("geographic_level").trim();
            if ("National".equals(rowLevel) && "All EHC plans".equals(rowTopic)) {
                england = cells;
            }
            if (!"Local authority".equals(rowLevel)) {
                continue;
            }
            String code = row.getString("new_la_code").trim();
            header.putIfAbsent(
                    code,
                    List.of(
                            row.getString("old_la_code").trim(),
                            row.getString("la_name").trim()));
            switch (rowTopic) {
                case "All EHC plans" -> all.put(code, cells);
                case "Child or young persons age" ->
                    ages.computeIfAbsent(code, k -> new ArrayList<>()).add(cells);
                case "Type of placement" -> {
                    if (!cells.breakdown().toLowerCase(Locale.ROOT).endsWith("total")) {
                        placements.computeIfAbsent(code, k -> new ArrayList<>()).add(cells);
                    }
                }
                default -> {}
            }
        }
        if (all.isEmpty() || england == null) {
            throw new IllegalArgumentException(
                    FILE + " has no local authority 'All EHC plans' rows for time period " + timePeriod);
        }
        Map<String, LaRows> byLa = new TreeMap<>();
        all.forEach((code, cells) -> byLa.put(
                code,
                new LaRows(
                        code,
                        header.get(code).get(0),
                        header.get(code).get(1),
                        cells,
                        ages.getOrDefault(code, List.of()),
                        placements.getOrDefault(code, List.of()))));
        return new PublishedPlans(byLa, england);
    }

    /** The LAs by GSS code, in code order. */
    Map<String, LaRows> localAuthorities() {
        return byLa;
    }

    /** England's plans by need, the weights for apportioning suppressed LA cells. */
    double[] englandNeedWeights() {
        double[] weights = new double[NEEDS.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = england.byNeed()[i] == null ? 0 : england.byNeed()[i];
        }
        return weights;
    }

    private static Integer count(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (SUPPRESSED.contains(value)) {
            return null;
        }
        return Integer.valueOf(value.replace(",", ""));
    }
}
