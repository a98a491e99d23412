package org.provisionlens.jobs.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.Placement;

/**
 * Child records grouped by Spark into counts per LSOA, need, age, support level, setting and whether waiting: the
 * demand of the matrix (each setting read as a kind of placement), and the named settings children are placed in (for
 * the audit).
 *
 * @param placements children per named setting (settings that are generic types, such as "mainstream", left out)
 */
public record DemandAggregates(List<DemandCount> counts, Map<String, Integer> placements) {

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
     * @param reviewDate the date waits are counted to
     */
    static DemandAggregates of(Dataset<Row> children, Placement.Classifier placements, LocalDate reviewDate) {
        return ofRows(DemandRows.group(children, reviewDate), placements);
    }

    /** Rows already grouped as {@link DemandRows#group} groups them (one LA's, in a national run) as demand. */
    public static DemandAggregates ofRows(List<Row> rows, Placement.Classifier placements) {
        List<DemandCount> demand = new ArrayList<>();
        Map<String, Integer> named = new LinkedHashMap<>();
        for (Row row : rows) {
            DemandCount counted = DemandRows.of(row, placements);
            demand.add(counted);
            String setting = row.getString(row.fieldIndex("setting")).trim();
            if (!GENERIC_SETTINGS.contains(setting.toLowerCase(Locale.ROOT))) {
                named.merge(setting, counted.children(), Integer::sum);
            }
        }
        return new DemandAggregates(demand, named);
    }
}
