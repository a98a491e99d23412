package org.provisionlens.jobs.assess;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.Placement;

/** How conformed child records are grouped into demand, and how a grouped row becomes a {@link DemandCount}. */
public final class DemandRows {

    /** The column of a grouped row holding how many records it counts. */
    public static final String CHILDREN = "children";

    private DemandRows() {}

    /** The grouping: LSOA, need, age, support level, setting ("" when none) and whether waiting. */
    public static Column[] keys() {
        return new Column[] {
            col("lsoa_code"),
            col("primary_need"),
            col("age"),
            col("support_level"),
            coalesce(col("setting"), lit("")).as("setting"),
            col("waiting_since").isNotNull().as("waiting")
        };
    }

    /** A grouped row (with {@link #CHILDREN}) as a count, its setting read against the run's services. */
    public static DemandCount count(Row row, Placement.Classifier placements) {
        return new DemandCount(
                row.getString(row.fieldIndex("lsoa_code")),
                NeedCode.valueOf(row.getString(row.fieldIndex("primary_need"))),
                row.getInt(row.fieldIndex("age")),
                SupportLevel.valueOf(row.getString(row.fieldIndex("support_level"))),
                placements.of(row.getString(row.fieldIndex("setting"))),
                row.getBoolean(row.fieldIndex("waiting")),
                (int) row.getLong(row.fieldIndex(CHILDREN)));
    }
}
