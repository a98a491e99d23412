package org.provisionlens.jobs.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The benchmark's demand aggregation, defined once and run the same in Spark (SQL on the CSV read with an explicit
 * all-text schema) and in DuckDB (JDBC, {@code read_csv} with every column as text).
 *
 * <p>In words: children are the rows of {@code child_records.csv} with an LA, a primary need, a support level of "EHC
 * plan" or "SEN support" and a whole-number age from 0 to 25; they are counted per LA, primary need, age band (0-4,
 * 5-10, 11-15, 16-19, 20-25) and support level. Each group is then joined to the services of its LA in
 * {@code services.csv} that list its need among their needs (split on ";") and whose age range (min_age to max_age)
 * overlaps the band: the result row gives the children, the number of such services and their places (the capacity of
 * those counted in places). The LA is the {@code la_code} column, or, in files generated before it existed, the
 * three-digit LA number in the ids ({@code T358-000001}, {@code S358-CAMHS}).
 *
 * <p>DuckDB is reached through {@code java.sql} only (the driver is on the bench's classpath, not the shipped jar's).
 */
final class DemandAggregation {

    /** One result row: a demand group and the services of its LA matching it. */
    record Row(
            String la,
            String need,
            int bandFrom,
            int bandTo,
            String support,
            long children,
            long services,
            long places) {

        @Override
        public String toString() {
            return la + "|" + need + "|" + bandFrom + "-" + bandTo + "|" + support + "|" + children + "|" + services
                    + "|" + places;
        }
    }

    /** All result rows in key order, with their sums (the checksum the two engines are compared on). */
    record Result(List<Row> rows) {

        long children() {
            return rows.stream().mapToLong(Row::children).sum();
        }

        long services() {
            return rows.stream().mapToLong(Row::services).sum();
        }

        long places() {
            return rows.stream().mapToLong(Row::places).sum();
        }

        String summary() {
            return String.format(
                    java.util.Locale.ROOT,
                    "%,d groups, %,d children, %,d service matches, %,d places",
                    rows.size(),
                    children(),
                    services(),
                    places());
        }
    }

    private static final String QUERY = """
            WITH children AS (
              SELECT {childLa} AS la,
                     nullif(trim(primary_need), '') AS need,
                     trim(support_level) AS support,
                     try_cast(trim(age) AS INTEGER) AS age
              FROM {children}
            ), grouped AS (
              SELECT la, need,
                     CASE WHEN age <= 4 THEN 0 WHEN age <= 10 THEN 5 WHEN age <= 15 THEN 11
                          WHEN age <= 19 THEN 16 ELSE 20 END AS band_from,
                     support,
                     count(*) AS children
              FROM children
              WHERE la IS NOT NULL AND need IS NOT NULL AND support IN ('EHC plan', 'SEN support')
                AND age BETWEEN 0 AND 25
              GROUP BY la, need,
                       CASE WHEN age <= 4 THEN 0 WHEN age <= 10 THEN 5 WHEN age <= 15 THEN 11
                            WHEN age <= 19 THEN 16 ELSE 20 END,
                       support
            ), demand AS (
              SELECT la, need, band_from,
                     CASE band_from WHEN 0 THEN 4 WHEN 5 THEN 10 WHEN 11 THEN 15 WHEN 16 THEN 19 ELSE 25 END AS band_to,
                     support, children
              FROM grouped
            ), listed AS (
              SELECT {serviceLa} AS la,
                     {needs} AS need,
                     try_cast(trim(min_age) AS INTEGER) AS min_age,
                     try_cast(trim(max_age) AS INTEGER) AS max_age,
                     CASE WHEN trim(capacity_unit) = 'places' THEN try_cast(trim(capacity) AS INTEGER) ELSE 0 END
                       AS places
              FROM {services}
            ), services AS (
              SELECT la, trim(need) AS need, min_age, max_age, places FROM listed WHERE la IS NOT NULL
            )
            SELECT d.la, d.need, d.band_from, d.band_to, d.support,
                   CAST(d.children AS BIGINT) AS children,
                   CAST(count(s.need) AS BIGINT) AS services,
                   CAST(coalesce(sum(s.places), 0) AS BIGINT) AS places
            FROM demand d LEFT JOIN services s
              ON s.la = d.la AND s.need = d.need AND s.min_age <= d.band_to AND s.max_age >= d.band_from
            GROUP BY d.la, d.need, d.band_from, d.band_to, d.support, d.children
            ORDER BY d.la, d.need, d.band_from, d.support
            """;

    private DemandAggregation() {}

    /** The query in DuckDB's dialect over the two files. */
    static String duckDbQuery(Path children, Path services) throws IOException {
        return query(
                readCsv(children),
                readCsv(services),
                laExpression(children, "pseudonymous_id", "T"),
                laExpression(services, "service_id", "S"),
                "unnest(string_split(needs, ';'))");
    }

    /** The query in Spark's dialect over the views {@code bench_children} and {@code bench_services}. */
    static String sparkQuery(Path children, Path services) throws IOException {
        return query(
                "bench_children",
                "bench_services",
                laExpression(children, "pseudonymous_id", "T"),
                laExpression(services, "service_id", "S"),
                "explode(split(needs, ';'))");
    }

    private static String query(String children, String services, String childLa, String serviceLa, String needs) {
        return QUERY.replace("{children}", children)
                .replace("{services}", services)
                .replace("{childLa}", childLa)
                .replace("{serviceLa}", serviceLa)
                .replace("{needs}", needs);
    }

    private static String readCsv(Path file) {
        return "read_csv('" + file.toAbsolutePath().toString().replace("'", "''")
                + "', header = true, all_varchar = true, null_padding = true, quote = '\"', escape = '\"')";
    }

    /** {@code la_code} when the file has it, else the three digits after the id's letter. */
    private static String laExpression(Path file, String idColumn, String letter) throws IOException {
        return header(file).contains("la_code")
                ? "nullif(trim(la_code), '')"
                : "nullif(regexp_extract(" + idColumn + ", '^" + letter + "([0-9]{3})-', 1), '')";
    }

    /** The column names of a CSV file's header line (a byte order mark dropped). */
    static List<String> header(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null) {
                throw new IllegalArgumentException(file + " is empty: expected a header line");
            }
            return Arrays.stream(line.replace("\uFEFF", "").split(",", -1))
                    .map(name -> name.trim().replace("\"", ""))
                    .toList();
        }
    }

    /** Runs the aggregation in DuckDB (in memory, all cores) over the two files. */
    static Result duckDb(Path children, Path services) throws IOException, SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(duckDbQuery(children, services))) {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8)));
            }
            return new Result(List.copyOf(rows));
        }
    }

    /**
     * Runs the aggregation in Spark over the two files: each read with an explicit schema (every column as text, in
     * the header's order, no inference), one SQL query; only the result rows come back to the driver.
     */
    static Result spark(SparkSession spark, Path children, Path services) throws IOException {
        view(spark, children, "bench_children");
        view(spark, services, "bench_services");
        List<Row> rows = new ArrayList<>();
        for (org.apache.spark.sql.Row row :
                spark.sql(sparkQuery(children, services)).collectAsList()) {
            rows.add(new Row(
                    row.getString(0),
                    row.getString(1),
                    row.getInt(2),
                    row.getInt(3),
                    row.getString(4),
                    row.getLong(5),
                    row.getLong(6),
                    row.getLong(7)));
        }
        return new Result(List.copyOf(rows));
    }

    private static void view(SparkSession spark, Path file, String name) throws IOException {
        StructType schema = new StructType(header(file).stream()
                .map(column -> new StructField(
                        column, DataTypes.StringType, true, org.apache.spark.sql.types.Metadata.empty()))
                .toArray(StructField[]::new));
        spark.read()
                .schema(schema)
                .option("header", "true")
                .option("mode", "PERMISSIVE")
                .option("quote", "\"")
                .option("escape", "\"")
                .csv(file.toAbsolutePath().toString())
                .createOrReplaceTempView(name);
    }
}
