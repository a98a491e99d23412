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
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.Placement;

/**
 * Child records grouped by Spark into counts per LSOA, need, age, support level, setting and whether waiting: the
 * demand of the matrix (each setting read as a kind of placement), and the named settings children are placed in (for
 * the audit).
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
     * @param placements reads each record's setting against the run's services (a specialist setting, mainstream, a
     *     service, or not placed)
     */
    static DemandAggregates of(Dataset<Row> children, Placement.Classifier placements) {
        List<Row> rows = children.groupBy(
                        col("lsoa_code"),
                        col("primary_need"),
                        col("age"),
                        col("support_level"),
                        coalesce(col("setting"), lit("")).as("setting"),
                        col("waiting_since").isNotNull().as("waiting"))
                .agg(count(lit(1)).as("children"))
                .collectAsList();
        Map<DemandKey, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> named = new LinkedHashMap<>();
        for (Row row : rows) {
            int n = (int) row.getLong(row.fieldIndex("children"));
            String setting = row.getString(row.fieldIndex("setting")).trim();
            DemandKey key = new DemandKey(
                    row.getString(row.fieldIndex("lsoa_code")),
                    NeedCode.valueOf(row.getString(row.fieldIndex("primary_need"))),
                    row.getInt(row.fieldIndex("age")),
                    SupportLevel.valueOf(row.getString(row.fieldIndex("support_level"))),
                    placements.of(setting),
                    row.getBoolean(row.fieldIndex("waiting")));
            counts.merge(key, n, Integer::sum);
            if (!GENERIC_SETTINGS.contains(setting.toLowerCase(Locale.ROOT))) {
                named.merge(setting, n, Integer::sum);
            }
        }
        List<DemandCount> demand = new ArrayList<>();
        counts.forEach((k, n) ->
                demand.add(new DemandCount(k.lsoaCode(), k.need(), k.age(), k.level(), k.placement(), k.waiting(), n)));
        return new DemandAggregates(demand, named);
    }

    private record DemandKey(
            String lsoaCode, NeedCode need, int age, SupportLevel level, Placement placement, boolean waiting) {}
}
