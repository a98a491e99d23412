package org.provisionlens.jobs.sources.statistics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Decides the role of each column of an explore-education-statistics file. Time and geography columns are known by
 * name; filters are the known filter names, the columns listed by the manifest, and the columns whose values are
 * mostly text (more non-blank, non-suppressed values that are not numbers than ones that are: one Spark pass over the
 * file); every other column is an indicator. "Mostly", not "any": a stray word in an indicator column is a wrong
 * value to quarantine, not a reason to read the column as a filter.
 *
 * <p>The roles travel with the accepted rows as column metadata, so the long form needs nothing else.
 */
final class EesRoles {

    static final String ROLE = "ees_role";
    static final String TIME = "time";
    static final String GEOGRAPHY = "geography";
    static final String FILTER = "filter";
    static final String INDICATOR = "indicator";

    private EesRoles() {}

    /** Reads the file once with Spark (every column as text) and decides the roles. */
    static EesColumns detect(SparkSession spark, InputSpec spec, List<String> header, Set<String> listedFilters) {
        StructType schema = new StructType(header.stream()
                .map(name -> new StructField(name, DataTypes.StringType, true, Metadata.empty()))
                .toArray(StructField[]::new));
        java.util.Optional<Dataset<Row>> small = CsvInput.textRowsInDriver(spark, spec);
        if (small.isPresent()) {
            return detect(small.get(), header, listedFilters, true);
        }
        Dataset<Row> rows = spark.read()
                .option("header", "true")
                .option("encoding", spec.encoding().name())
                .option("mode", "PERMISSIVE")
                .schema(schema)
                .csv(spec.path().toString());
        return detect(rows, header, listedFilters);
    }

    /** Decides the roles from rows whose columns are all text. */
    static EesColumns detect(Dataset<Row> rows, List<String> header, Set<String> listedFilters) {
        return detect(rows, header, listedFilters, false);
    }

    /**
     * Decides the roles; {@code inDriver}: the rows are a local relation (a small file read in the driver), so each
     * row's counts are a projection Spark works out while planning, added up here, rather than an aggregation job.
     */
    static EesColumns detect(Dataset<Row> rows, List<String> header, Set<String> listedFilters, boolean inDriver) {
        List<String> time = new ArrayList<>();
        List<String> geography = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (String column : header) {
            if (EesColumns.TIME_COLUMNS.contains(column)) {
                time.add(column);
            } else if (EesColumns.isGeography(column)) {
                geography.add(column);
            } else if (!listedFilters.contains(column) && !EesColumns.KNOWN_FILTERS.contains(column)) {
                candidates.add(column);
            }
        }
        List<Column> counts = new ArrayList<>();
        for (String column : candidates) {
            Column value = trim(col(column));
            Column present = FieldCheck.missing(column)
                    .unary_$bang()
                    .and(FieldCheck.suppressed(column).unary_$bang());
            counts.add(when(present.and(value.rlike(FieldCheck.NUMBER_PATTERN).unary_$bang()), 1)
                    .otherwise(0));
            counts.add(
                    when(present.and(value.rlike(FieldCheck.NUMBER_PATTERN)), 1).otherwise(0));
        }
        Set<String> textual = new HashSet<>();
        if (!counts.isEmpty()) {
            Row totals = inDriver
                    ? addedUp(rows.select(counts.toArray(Column[]::new)).collectAsList(), counts.size())
                    : rows.agg(
                                    sum(counts.get(0)),
                                    counts.subList(1, counts.size()).stream()
                                            .map(count -> sum(count))
                                            .toArray(Column[]::new))
                            .first();
            for (int i = 0; i < candidates.size(); i++) {
                long text = totals.isNullAt(2 * i) ? 0 : totals.getLong(2 * i);
                long numbers = totals.isNullAt(2 * i + 1) ? 0 : totals.getLong(2 * i + 1);
                if (text > numbers) {
                    textual.add(candidates.get(i));
                }
            }
        }
        List<String> filters = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        for (String column : header) {
            if (time.contains(column) || geography.contains(column)) {
                continue;
            }
            boolean filter = listedFilters.contains(column)
                    || EesColumns.KNOWN_FILTERS.contains(column)
                    || textual.contains(column);
            (filter ? filters : indicators).add(column);
        }
        return new EesColumns(time, geography, filters, indicators);
    }

    /** The column sums of rows of 0s and 1s, as the aggregation gives them (null for no rows). */
    private static Row addedUp(List<Row> rows, int columns) {
        Object[] totals = new Object[columns];
        if (!rows.isEmpty()) {
            for (int i = 0; i < columns; i++) {
                long total = 0;
                for (Row row : rows) {
                    total += row.getInt(i);
                }
                totals[i] = total;
            }
        }
        return org.apache.spark.sql.RowFactory.create(totals);
    }

    /** The rows with each column's role in its metadata. */
    static Dataset<Row> mark(Dataset<Row> rows, EesColumns roles) {
        java.util.Map<String, String> role = new java.util.HashMap<>();
        roles.time().forEach(column -> role.put(column, TIME));
        roles.geography().forEach(column -> role.put(column, GEOGRAPHY));
        roles.filters().forEach(column -> role.put(column, FILTER));
        roles.indicators().forEach(column -> role.put(column, INDICATOR));
        // one projection for every column (not one per column: a plan sixty projections deep costs more to plan)
        Column[] columns = java.util.Arrays.stream(rows.columns())
                .map(column -> role.containsKey(column)
                        ? col(column)
                                .as(
                                        column,
                                        new MetadataBuilder()
                                                .putString(ROLE, role.get(column))
                                                .build())
                        : col(column))
                .toArray(Column[]::new);
        return rows.select(columns);
    }

    /** The roles recorded in the columns' metadata, if {@link #mark} recorded them. */
    static Optional<EesColumns> read(StructType schema) {
        List<String> time = new ArrayList<>();
        List<String> geography = new ArrayList<>();
        List<String> filters = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        for (StructField field : schema.fields()) {
            if (!field.metadata().contains(ROLE)) {
                continue;
            }
            switch (field.metadata().getString(ROLE)) {
                case TIME -> time.add(field.name());
                case GEOGRAPHY -> geography.add(field.name());
                case FILTER -> filters.add(field.name());
                default -> indicators.add(field.name());
            }
        }
        if (time.isEmpty() && filters.isEmpty() && indicators.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EesColumns(time, geography, filters, indicators));
    }
}
