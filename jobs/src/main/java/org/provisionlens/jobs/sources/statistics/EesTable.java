package org.provisionlens.jobs.sources.statistics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Any DfE explore-education-statistics data file (format {@code dfe-ees-csv}): the SEN2 EHC plan tables, the school
 * census SEN tables, of any release year. Columns are time, geography, filters or indicators ({@link EesRoles} says
 * how each is decided); {@link #longForm} turns the accepted rows into one row per indicator.
 *
 * <p>Checks: {@code time_period} and {@code geographic_level} present; the row names the code of its area (see
 * {@link #areaCode}); every indicator a number or a suppression marker ({@code c}, {@code x}, {@code z}, {@code low},
 * {@code u}), which stays a marker, never zero.
 */
public final class EesTable {

    public static final String FORMAT = "dfe-ees-csv";

    /** Values of the long form: up to 28 digits before the point and 10 after (counts, rates, percentages). */
    public static final DecimalType VALUE_TYPE = DataTypes.createDecimalType(38, 10);

    static final String AREA_REASON = "expected the code of the row's area: country_code for National rows,"
            + " region_code for Regional, new_la_code for Local authority (and so on for other levels), else a *_code"
            + " column";

    private EesTable() {}

    /** Reads the file, deciding its filters from the known names and its values. */
    public static IngestedInput ingest(SparkSession spark, InputSpec spec) {
        return ingest(spark, spec, Set.of());
    }

    /**
     * Reads the file, taking {@code filterColumns} (e.g. from the manifest) as filters as well as the ones known by
     * name or found to hold text: list a filter whose values look like numbers, such as a year group.
     */
    public static IngestedInput ingest(SparkSession spark, InputSpec spec, Set<String> filterColumns) {
        List<String> header = CsvInput.columns(spec);
        EesColumns roles = EesRoles.detect(spark, spec, header, filterColumns);
        List<FieldCheck> checks = new ArrayList<>(List.of(
                FieldCheck.required(EesColumns.TIME_PERIOD),
                FieldCheck.required(EesColumns.GEOGRAPHIC_LEVEL),
                new FieldCheck(EesColumns.GEOGRAPHIC_LEVEL, areaCode(header).isNull(), AREA_REASON)));
        for (String indicator : roles.indicators()) {
            checks.add(FieldCheck.numberOrSuppressed(indicator));
        }
        IngestedInput read =
                CsvInput.read(spark, spec, List.of(EesColumns.TIME_PERIOD, EesColumns.GEOGRAPHIC_LEVEL), checks);
        return new IngestedInput(
                read.spec(),
                read.sha256(),
                EesRoles.mark(read.accepted(), roles),
                read.quarantine(),
                read.rowsRead(),
                read.rowsAccepted(),
                read.rowsQuarantined(),
                read.quarantineInDriver());
    }

    /** The roles of the accepted rows' columns (as {@link #ingest} decided them). */
    public static EesColumns columns(IngestedInput table) {
        return EesRoles.read(table.accepted().schema()).orElseGet(() -> {
            List<String> header = new ArrayList<>(List.of(table.accepted().columns()));
            header.remove(CsvInput.LINE);
            return EesRoles.detect(table.accepted(), header, Set.of());
        });
    }

    /**
     * The accepted rows in long form, columns {@link EesColumns#LONG_FORM}: time_period, geographic_level, area_code,
     * filters ({@code name=value} of each filter in header order, joined with {@code ;}; "" when none), indicator,
     * value (decimal; null when suppressed) and suppressed (the marker as given; null when a value).
     */
    public static Dataset<Row> longForm(IngestedInput table) {
        EesColumns roles = columns(table);
        Dataset<Row> rows = table.accepted();
        List<String> header = List.of(rows.columns());
        if (roles.indicators().isEmpty()) {
            return rows.limit(0).select(emptyLongForm());
        }
        List<Column> filterParts = new ArrayList<>();
        for (String filter : roles.filters()) {
            filterParts.add(concat(lit(filter + "="), coalesce(trim(col(filter)), lit(""))));
        }
        Column filters = filterParts.isEmpty() ? lit("") : concat_ws(";", filterParts.toArray(Column[]::new));
        List<Column> cells = new ArrayList<>();
        for (String indicator : roles.indicators()) {
            cells.add(struct(lit(indicator).as("name"), trim(col(indicator)).as("raw")));
        }
        Column marker = FieldCheck.suppressed("_cell.raw");
        return rows.select(
                        trim(col(EesColumns.TIME_PERIOD)).as(EesColumns.TIME_PERIOD),
                        trim(col(EesColumns.GEOGRAPHIC_LEVEL)).as(EesColumns.GEOGRAPHIC_LEVEL),
                        areaCode(header).as(EesColumns.AREA_CODE),
                        filters.as(EesColumns.FILTERS),
                        explode(array(cells.toArray(Column[]::new))).as("_cell"))
                .select(
                        col(EesColumns.TIME_PERIOD),
                        col(EesColumns.GEOGRAPHIC_LEVEL),
                        col(EesColumns.AREA_CODE),
                        col(EesColumns.FILTERS),
                        col("_cell.name").as(EesColumns.INDICATOR),
                        when(marker, lit(null).cast(VALUE_TYPE))
                                .otherwise(col("_cell.raw").cast(VALUE_TYPE))
                                .as(EesColumns.VALUE),
                        when(marker, col("_cell.raw")).as(EesColumns.SUPPRESSED));
    }

    private static Column[] emptyLongForm() {
        return new Column[] {
            lit(null).cast(DataTypes.StringType).as(EesColumns.TIME_PERIOD),
            lit(null).cast(DataTypes.StringType).as(EesColumns.GEOGRAPHIC_LEVEL),
            lit(null).cast(DataTypes.StringType).as(EesColumns.AREA_CODE),
            lit(null).cast(DataTypes.StringType).as(EesColumns.FILTERS),
            lit(null).cast(DataTypes.StringType).as(EesColumns.INDICATOR),
            lit(null).cast(VALUE_TYPE).as(EesColumns.VALUE),
            lit(null).cast(DataTypes.StringType).as(EesColumns.SUPPRESSED)
        };
    }

    /**
     * The row's area: the code column of its geographic level (new_la_code for "Local authority", region_code for
     * "Regional", country_code for "National", ...), or for a level without one in the file, the most specific code
     * present. Null when the code is blank: such a row is quarantined.
     */
    static Column areaCode(List<String> header) {
        Set<String> present = new HashSet<>(header);
        Column level = trim(col(EesColumns.GEOGRAPHIC_LEVEL));
        Column code = null;
        for (Map.Entry<String, String> entry : EesColumns.LEVEL_CODES.entrySet()) {
            if (present.contains(entry.getValue())) {
                Column value = nonBlank(entry.getValue());
                code = code == null
                        ? when(level.equalTo(entry.getKey()), value)
                        : code.when(level.equalTo(entry.getKey()), value);
            }
        }
        List<Column> specific = new ArrayList<>();
        for (String column : EesColumns.CODES_MOST_SPECIFIC_FIRST) {
            if (present.contains(column)) {
                specific.add(nonBlank(column));
            }
        }
        Column fallback =
                specific.isEmpty() ? lit(null).cast(DataTypes.StringType) : coalesce(specific.toArray(Column[]::new));
        return code == null ? fallback : code.otherwise(fallback);
    }

    private static Column nonBlank(String column) {
        Column value = trim(col(column));
        return when(value.notEqual(""), value);
    }
}
