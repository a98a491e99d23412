package org.provisionlens.jobs.assess;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.core.sufficiency.DemandCount;

/**
 * Child records grouped by Spark into counts per LSOA, need, age, support level and setting: the demand of the
 * matrix, and the named settings children are placed in (for the audit).
 *
 * @param placements children per named setting (settings that are generic types, such as "mainstream", left out)
 */
record DemandAggregates(List<DemandCount> counts, Map<String, Integer> placements) {

    /** Setting values that name a kind of placement, not a particular setting. */
    static final Set<String> GENERIC_SETTINGS = Set.of(
            "",
            "mainstream",
            "special",
            "fe college",
            "fe",
            "not in education or training",
            "neet",
            "educated elsewhere",
            "specialist post-16 institution",
            "training provider",
            "alternative provision",
            "ap",
            "pru",
            "elective home education",
            "home education",
            "early years setting",
            "early years",
            "setting",
            "other");

    /**
     * @param outOfArea ids, URNs and names (lower case) of services outside the LA: children whose setting is one of
     *     them are placed out of area
     */
    static DemandAggregates of(Dataset<Row> children, Set<String> outOfArea) {
        List<Row> rows = children.groupBy(
                        col("lsoa_code"),
                        col("primary_need"),
                        col("age"),
                        col("support_level"),
                        coalesce(col("setting"), lit("")).as("setting"))
                .agg(count(lit(1)).as("children"))
                .collectAsList();
        Map<List<Object>, int[]> counts = new LinkedHashMap<>();
        Map<String, Integer> placements = new LinkedHashMap<>();
        for (Row row : rows) {
            int n = (int) row.getLong(row.fieldIndex("children"));
            String setting = row.getString(row.fieldIndex("setting")).trim();
            AgeBand band = AgeBand.of(row.getInt(row.fieldIndex("age"))).orElseThrow();
            List<Object> key = java.util.Arrays.asList(
                    row.getString(row.fieldIndex("lsoa_code")),
                    NeedCode.valueOf(row.getString(row.fieldIndex("primary_need"))),
                    band,
                    SupportLevel.valueOf(row.getString(row.fieldIndex("support_level"))));
            int[] sums = counts.computeIfAbsent(key, k -> new int[2]);
            sums[0] += n;
            if (outOfArea.contains(setting.toLowerCase(Locale.ROOT))) {
                sums[1] += n;
            }
            if (!GENERIC_SETTINGS.contains(setting.toLowerCase(Locale.ROOT))) {
                placements.merge(setting, n, Integer::sum);
            }
        }
        List<DemandCount> demand = new ArrayList<>();
        counts.forEach((key, sums) -> demand.add(new DemandCount(
                (String) key.get(0),
                (NeedCode) key.get(1),
                (AgeBand) key.get(2),
                (SupportLevel) key.get(3),
                sums[0],
                sums[1])));
        return new DemandAggregates(demand, placements);
    }
}
