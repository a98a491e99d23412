package org.provisionlens.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Reads a UTF-8 CSV file with Spark, line by line, keeping each row's line number, and applies field checks. The
 * header is checked first (byte-order mark removed): a missing required column stops the run. Every column is read as
 * text with an explicit schema; the readers of each format convert the accepted text to types.
 *
 * <p>Line numbers count physical lines, so a quoted value spanning lines is not supported (none of the supported
 * formats has one); such a row is quarantined, field by field, rather than lost.
 */
public final class CsvInput {

    /** The column holding each row's line number in its file (the header is line 1). */
    public static final String LINE = "_line";

    private static final String TEXT = "_text";

    private CsvInput() {}

    /**
     * Reads {@code spec}'s file, checks it has the required columns and applies the checks.
     *
     * @param checks the field checks; a blank line is always quarantined
     */
    public static IngestedInput read(
            SparkSession spark, InputSpec spec, List<String> requiredColumns, List<FieldCheck> checks) {
        List<String> header = header(spec);
        Set<String> missing = new LinkedHashSet<>(requiredColumns);
        header.forEach(missing::remove);
        if (!missing.isEmpty()) {
            throw new InputException(spec.describe() + " is missing the column(s) " + missing
                    + "; a " + spec.format() + " file needs the columns " + requiredColumns + " (found " + header
                    + ")");
        }
        StructType schema = new StructType(header.stream()
                .map(name ->
                        new StructField(name, DataTypes.StringType, true, org.apache.spark.sql.types.Metadata.empty()))
                .toArray(StructField[]::new));

        Dataset<Row> lines = spark.read()
                .text(spec.path().toString())
                .withColumnRenamed("value", TEXT)
                .withColumn(LINE, row_number().over(Window.orderBy(monotonically_increasing_id())))
                .filter(col(LINE).gt(1))
                .withColumn("_fields", from_csv(col(TEXT), lit(schema.toDDL()), Map.of("mode", "PERMISSIVE")));
        List<Column> columns = new ArrayList<>();
        columns.add(col(LINE));
        columns.add(col(TEXT));
        for (String name : header) {
            columns.add(col("_fields").getField(name).as(name));
        }
        Dataset<Row> rows = lines.select(columns.toArray(Column[]::new));

        List<Column> problems = new ArrayList<>();
        problems.add(problem(trim(col(TEXT)).equalTo(""), "(line)", col(TEXT), "blank line"));
        for (FieldCheck check : checks) {
            problems.add(problem(check.isWrong(), check.field(), col(check.field()), check.reason()));
        }
        Dataset<Row> checked = rows.withColumn("_problems", array_compact(array(problems.toArray(Column[]::new))))
                .persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> accepted =
                checked.filter(size(col("_problems")).equalTo(0)).drop("_problems", TEXT);
        Dataset<Row> quarantine = checked.filter(size(col("_problems")).gt(0))
                .select(col(LINE), explode(col("_problems")).as("p"))
                .select(
                        lit(spec.name()).as("input_name"),
                        lit(spec.path().getFileName().toString()).as("file"),
                        col(LINE).cast(DataTypes.LongType).as("line"),
                        col("p.field").as("field"),
                        col("p.value").as("value"),
                        col("p.reason").as("reason"));
        long read = checked.count();
        long acceptedCount = accepted.count();
        return new IngestedInput(spec, sha256(spec), accepted, quarantine, read, acceptedCount, read - acceptedCount);
    }

    private static Column problem(Column isWrong, String field, Column value, String reason) {
        return when(
                isWrong.isNotNull().and(isWrong),
                struct(
                        lit(field).as("field"),
                        value.cast(DataTypes.StringType).as("value"),
                        lit(reason).as("reason")));
    }

    /** The header's column names, without a byte-order mark or surrounding quotes and spaces. */
    static List<String> header(InputSpec spec) {
        Path path = spec.path();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null || line.isBlank()) {
                throw new InputException(spec.describe() + " is empty; expected a header line naming its columns");
            }
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            List<String> names = new ArrayList<>();
            for (String name : line.split(",", -1)) {
                names.add(name.trim().replaceAll("^\"|\"$", ""));
            }
            return names;
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(spec.describe() + " is not UTF-8 text; save it as UTF-8 CSV", e);
        } catch (IOException e) {
            throw new InputException(spec.describe() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of the file's bytes, recorded with the run so that re-runs of the same inputs can be recognised. */
    public static String sha256(InputSpec spec) {
        try (InputStream in =
                new DigestInputStream(Files.newInputStream(spec.path()), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new InputException(spec.describe() + " cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
