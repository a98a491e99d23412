package org.provisionlens.jobs.assess;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.to_date;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.Placement;

/** How conformed child records are grouped into demand, and how a grouped row becomes a {@link DemandCount}. */
public final class DemandRows {

    /** The column of a grouped row holding how many records it counts. */
    public static final String CHILDREN = "children";

    /** The column of a grouped row holding the longest wait, in whole weeks to the review date (null: none). */
    public static final String LONGEST_WAIT_WEEKS = "longest_wait_weeks";

    private DemandRows() {}

    /**
     * Groups conformed child records by the given columns first, then LSOA, need, age, support level, setting ("" when
     * none) and whether waiting; each group with how many records it holds and the longest wait among them, in whole
     * weeks to the review date.
     */
    public static List<Row> group(Dataset<Row> children, LocalDate reviewDate, Column... first) {
        return groups(children, reviewDate, first).collectAsList();
    }

    /** The groups of {@link #group} as a dataset, left in Spark (a national run keys them by LA, never collects them). */
    public static Dataset<Row> groups(Dataset<Row> children, LocalDate reviewDate, Column... first) {
        Column[] keys = Stream.concat(
                        Arrays.stream(first),
                        Stream.of(
                                col("lsoa_code"),
                                col("primary_need"),
                                col("age"),
                                col("support_level"),
                                coalesce(col("setting"), lit("")).as("setting"),
                                col("waiting_since").isNotNull().as("waiting")))
                .toArray(Column[]::new);
        return children.groupBy(keys)
                .agg(
                        count(lit(1)).as(CHILDREN),
                        max(floor(datediff(to_date(lit(reviewDate.toString())), col("waiting_since"))
                                        .divide(7)))
                                .cast(DataTypes.IntegerType)
                                .as(LONGEST_WAIT_WEEKS));
    }

    /** A row of {@link #group} as a count, its setting read against the run's services. */
    public static DemandCount of(Row row, Placement.Classifier placements) {
        return DemandCount.ofGroup(
                row.getString(row.fieldIndex("lsoa_code")),
                row.getString(row.fieldIndex("primary_need")),
                row.getInt(row.fieldIndex("age")),
                row.getString(row.fieldIndex("support_level")),
                row.getString(row.fieldIndex("setting")),
                row.getBoolean(row.fieldIndex("waiting")),
                (int) row.getLong(row.fieldIndex(CHILDREN)),
                row.isNullAt(row.fieldIndex(LONGEST_WAIT_WEEKS))
                        ? null
                        : row.getInt(row.fieldIndex(LONGEST_WAIT_WEEKS)),
                placements);
    }
}
