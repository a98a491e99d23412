package org.provisionlens.jobs.assess;

import static org.apache.spark.sql.functions.col;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.provisionlens.core.placeplanning.ScapType;
import org.provisionlens.core.placeplanning.YearGroup;

/**
 * DfE SEN2's EHC plans by type of placement (the caseload file's columns), summed into SCAP types: special school =
 * {@code special_total} (LA maintained, academy and free, independent and non-maintained) +
 * {@code specialist_post_16_institutions}; SEN unit or resourced provision = the six mainstream
 * {@code *_resourced_provision} and {@code *_senunit} columns; alternative provision = {@code ap_pru_total}. For all
 * ages, and by year group from the "Child or young persons age" rows. A sum with a suppressed part is left out.
 */
record DfePlacements(Map<ScapType, Integer> allAges, Map<ScapType, Map<YearGroup, Integer>> byYearGroup) {

    static final Map<ScapType, List<String>> INDICATORS = Map.of(
            ScapType.SPECIAL_SCHOOL,
            List.of("special_total", "specialist_post_16_institutions"),
            ScapType.SEN_UNIT_OR_RESOURCED_PROVISION,
            List.of(
                    "mainstream_la_maintained_resourced_provision",
                    "mainstream_academy_resourced_provision",
                    "mainstream_free_school_resourced_provision",
                    "mainstream_la_maintained_senunit",
                    "mainstream_academy_senunit",
                    "mainstream_free_school_senunit"),
            ScapType.ALTERNATIVE_PROVISION,
            List.of("ap_pru_total"));

    private static final Pattern AGE =
            Pattern.compile("breakdown_topic=Child or young persons age;breakdown=age (\\d+)");
    private static final String ALL_PLANS = "breakdown_topic=All EHC plans;breakdown=All EHC plans";
    private static final String ALL = "ALL";

    /** @return the counts, or {@code null} when the statistics hold none of these indicators for the LA and year */
    static DfePlacements of(List<Dataset<Row>> statistics, String laCode, int censusYear) {
        List<String> indicators =
                INDICATORS.values().stream().flatMap(List::stream).toList();
        // indicator -> age ("ALL" or the age) -> value (null: suppressed)
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        for (Dataset<Row> long_ : statistics) {
            List<Row> rows = long_.filter(col("indicator")
                            .isin(indicators.toArray())
                            .and(col("geographic_level").equalTo("Local authority"))
                            .and(col("area_code").equalTo(laCode)))
                    .select("indicator", "time_period", "filters", "value")
                    .collectAsList();
            for (Row row : rows) {
                if (year(row.getString(1)) != censusYear) {
                    continue;
                }
                String filters = row.getString(2);
                Matcher age = AGE.matcher(filters);
                String key = filters.equals(ALL_PLANS) ? ALL : age.matches() ? age.group(1) : null;
                if (key != null) {
                    values.computeIfAbsent(row.getString(0), i -> new HashMap<>())
                            .putIfAbsent(key, (BigDecimal) row.get(3));
                }
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        Map<ScapType, Integer> allAges = new EnumMap<>(ScapType.class);
        Map<ScapType, Map<YearGroup, Integer>> byYearGroup = new EnumMap<>(ScapType.class);
        for (ScapType type : ScapType.values()) {
            Integer all = sum(values, INDICATORS.get(type), ALL);
            if (all != null) {
                allAges.put(type, all);
            }
            Map<YearGroup, Integer> groups = new HashMap<>();
            for (YearGroup group : YearGroup.all()) {
                Integer n = sum(values, INDICATORS.get(type), String.valueOf(group.age()));
                if (n != null) {
                    groups.put(group, n);
                }
            }
            byYearGroup.put(type, groups);
        }
        return new DfePlacements(allAges, byYearGroup);
    }

    private static Integer sum(Map<String, Map<String, BigDecimal>> values, List<String> indicators, String key) {
        int sum = 0;
        for (String indicator : indicators) {
            BigDecimal value = values.getOrDefault(indicator, Map.of()).get(key);
            if (value == null) {
                return null;
            }
            sum += value.intValueExact();
        }
        return sum;
    }

    /** The January a DfE academic-year time period ends in (202425: 2025); a calendar year is itself. */
    private static int year(String timePeriod) {
        return timePeriod.length() == 6
                ? Integer.parseInt(timePeriod.substring(0, 2) + timePeriod.substring(4))
                : Integer.parseInt(timePeriod);
    }
}
