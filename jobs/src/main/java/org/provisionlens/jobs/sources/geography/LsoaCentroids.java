package org.provisionlens.jobs.sources.geography;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.trim;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.provisionlens.core.geography.LsoaCentroid;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.FieldCheck;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.Values;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * LSOA centroids (format {@code lsoa-centroids-csv}, the ONS Geoportal's {@code lsoa_latlong.csv}: columns
 * {@code LSOACD}, {@code latitude}, {@code longitude}, {@code lsoa11cd}; every UK LSOA, 2011 and 2021 codes). The
 * file names no areas; a name column ({@code LSOA21NM}, {@code LSOA11NM} or {@code lsoa_name}) is read when present.
 *
 * <p>Checks: a code; latitude and longitude decimals within the UK (49-61 N, 9 W-2 E), which also catches swapped
 * columns; a code repeated on a later line is quarantined (the first line wins).
 */
public final class LsoaCentroids {

    public static final String FORMAT = "lsoa-centroids-csv";

    public static final String CODE = "LSOACD";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";

    /** Optional name columns, the first present wins. */
    static final List<String> NAMES = List.of("LSOA21NM", "LSOA11NM", "lsoa_name");

    static final double SOUTH = 49;
    static final double NORTH = 61;
    static final double WEST = -9;
    static final double EAST = 2;

    private LsoaCentroids() {}

    public static IngestedInput ingest(SparkSession spark, InputSpec spec) {
        List<FieldCheck> checks = List.of(
                FieldCheck.required(CODE),
                new FieldCheck(
                        LATITUDE,
                        FieldCheck.decimalInRange(LATITUDE, SOUTH, NORTH).isWrong(),
                        "expected a latitude in the UK: a decimal number from 49 to 61"),
                new FieldCheck(
                        LONGITUDE,
                        FieldCheck.decimalInRange(LONGITUDE, WEST, EAST).isWrong(),
                        "expected a longitude in the UK: a decimal number from -9 to 2"),
                new FieldCheck(
                        CODE,
                        FieldCheck.missing(CODE)
                                .unary_$bang()
                                .and(row_number()
                                        .over(Window.partitionBy(trim(col(CODE)))
                                                .orderBy(col(CsvInput.LINE)))
                                        .gt(1)),
                        "repeats the code of an earlier line; each LSOA needs one centroid"));
        return CsvInput.read(spark, spec, List.of(CODE, LATITUDE, LONGITUDE), checks);
    }

    /** The centroids of the given LSOAs (all of them for {@code null}), in file order. */
    public static List<LsoaCentroid> centroids(IngestedInput table, Set<String> lsoaCodes) {
        Dataset<Row> rows = table.accepted();
        if (lsoaCodes != null) {
            rows = rows.filter(trim(col(CODE)).isin(lsoaCodes.toArray()));
        }
        String name = NAMES.stream()
                .filter(List.of(rows.columns())::contains)
                .findFirst()
                .orElse(null);
        return rows.orderBy(col(CsvInput.LINE)).collectAsList().stream()
                .map(row -> new LsoaCentroid(
                        Values.textOrNull(row, CODE),
                        name == null ? null : Values.textOrNull(row, name),
                        Values.decimalOrNull(row, LATITUDE),
                        Values.decimalOrNull(row, LONGITUDE)))
                .toList();
    }
}
