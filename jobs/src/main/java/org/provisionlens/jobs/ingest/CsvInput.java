package org.provisionlens.jobs.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.provisionlens.core.csv.CsvRecordReader;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Reads a CSV file (UTF-8, or another encoding through a checked UTF-8 copy: see {@link InputFile}) with Spark, line by line, keeping each row's line number, and applies field checks. The
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
        return read(spark, spec, requiredColumns, checks, false);
    }

    /**
     * Reads {@code spec}'s file as {@link #read(SparkSession, InputSpec, List, List)} does; with {@code onExecutors}
     * the file is always read by Spark's file reader, never into the driver however small it is (a national run's
     * inputs: their rows must stay on the executors).
     */
    public static IngestedInput read(
            SparkSession spark,
            InputSpec spec,
            List<String> requiredColumns,
            List<FieldCheck> checks,
            boolean onExecutors) {
        InputFile file = InputFile.prepare(spec, spec.encoding(), workFolder());
        List<String> header = header(spec, file.readablePath());
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

        boolean inDriver = !onExecutors && readInDriver(file.readablePath());
        Dataset<Row> lines = (inDriver
                        ? linesInDriver(spark, spec, file.readablePath())
                        : numberedLines(spark, file.readablePath()))
                .filter(col(LINE).gt(1))
                .withColumn(
                        "_fields", from_csv(parsable(col(TEXT)), lit(schema.toDDL()), Map.of("mode", "PERMISSIVE")));
        List<Column> columns = new ArrayList<>();
        columns.add(col(LINE));
        columns.add(col(TEXT));
        for (String name : header) {
            columns.add(col("_fields").getField(name).as(name));
        }
        Dataset<Row> rows = lines.select(columns.toArray(Column[]::new));

        List<Column> problems = new ArrayList<>();
        problems.add(problem(trim(col(TEXT)).equalTo(""), "(line)", col(TEXT), lit("blank line")));
        problems.add(problem(
                parsable(col(TEXT)).isNull().and(col(TEXT).isNotNull()),
                "(line)",
                col(TEXT),
                lit("more than " + MAX_VALUES + " values on one line; expected one per column (" + header.size()
                        + ")")));
        for (FieldCheck check : checks) {
            problems.add(problem(check.isWrong(), check.field(), check.valueShown(), check.reasonShown()));
        }
        for (FieldCheck limit : lengthLimits(header, checks)) {
            problems.add(problem(limit.isWrong(), limit.field(), limit.valueShown(), limit.reasonShown()));
        }
        Dataset<Row> withProblems = rows.withColumn("_problems", array_compact(array(problems.toArray(Column[]::new))));
        if (inDriver) {
            return checkedInDriver(spark, spec, file.sha256(), withProblems);
        }
        Dataset<Row> checked = withProblems.persist(StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> accepted =
                checked.filter(size(col("_problems")).equalTo(0)).drop("_problems", TEXT);
        Dataset<Row> quarantine = checked.filter(size(col("_problems")).gt(0))
                .select(col(LINE), explode(col("_problems")).as("p"))
                .select(
                        lit(spec.name()).as("input_name"),
                        lit(spec.fileName()).as("file"),
                        col(LINE).cast(DataTypes.LongType).as("line"),
                        col("p.field").as("field"),
                        col("p.value").as("value"),
                        col("p.reason").as("reason"));
        long read = checked.count();
        long acceptedCount = accepted.count();
        return new IngestedInput(spec, file.sha256(), accepted, quarantine, read, acceptedCount, read - acceptedCount);
    }

    /**
     * The checks of a file read in the driver: the same columns and checks as with Spark, over a local relation, so
     * Spark evaluates them while planning (no job for the projections and filters) and the rows are counted and split
     * here. The accepted rows and the quarantine are local relations too, in file order.
     */
    private static IngestedInput checkedInDriver(
            SparkSession spark, InputSpec spec, String sha256, Dataset<Row> withProblems) {
        List<Row> checked = withProblems.collectAsList();
        StructType schema = withProblems.schema();
        int problemsAt = schema.fieldIndex("_problems");
        int textAt = schema.fieldIndex(TEXT);
        int lineAt = schema.fieldIndex(LINE);
        List<StructField> acceptedFields = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < schema.fields().length; i++) {
            if (i != problemsAt && i != textAt) {
                acceptedFields.add(schema.fields()[i]);
                kept.add(i);
            }
        }
        List<Row> accepted = new ArrayList<>();
        List<QuarantineEntry> quarantine = new ArrayList<>();
        for (Row row : checked) {
            List<Row> problems = row.getList(problemsAt);
            if (problems.isEmpty()) {
                Object[] values = new Object[kept.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.get(kept.get(i));
                }
                accepted.add(RowFactory.create(values));
            } else {
                long line = row.getLong(lineAt);
                for (Row problem : problems) {
                    quarantine.add(QuarantineEntry.atLine(
                            spec.name(),
                            spec.fileName(),
                            line,
                            problem.getString(0),
                            problem.getString(1),
                            problem.getString(2)));
                }
            }
        }
        // the order IngestedInput#quarantineEntries gives a Spark-read input: by line, then field
        quarantine.sort(Comparator.comparing(QuarantineEntry::line).thenComparing(QuarantineEntry::field));
        List<Row> quarantineRows = quarantine.stream()
                .map(q -> RowFactory.create(q.inputName(), q.file(), q.line(), q.field(), q.value(), q.reason()))
                .toList();
        long read = checked.size();
        return new IngestedInput(
                spec,
                sha256,
                spark.createDataFrame(accepted, new StructType(acceptedFields.toArray(StructField[]::new))),
                spark.createDataFrame(quarantineRows, QUARANTINE),
                read,
                accepted.size(),
                read - accepted.size(),
                quarantine);
    }

    /**
     * A small file's rows (see {@link #readInDriver}) with every header column as text, as Spark's CSV reader gives
     * them (header line and blank lines left out), read in the driver into a local relation; empty for a file Spark
     * should read.
     */
    public static java.util.Optional<Dataset<Row>> textRowsInDriver(SparkSession spark, InputSpec spec) {
        InputFile file = InputFile.prepare(spec, spec.encoding(), workFolder());
        if (!readInDriver(file.readablePath())) {
            return java.util.Optional.empty();
        }
        List<String> header = header(spec, file.readablePath());
        StructType schema = new StructType(header.stream()
                .map(name ->
                        new StructField(name, DataTypes.StringType, true, org.apache.spark.sql.types.Metadata.empty()))
                .toArray(StructField[]::new));
        Dataset<Row> fields = linesInDriver(spark, spec, file.readablePath())
                .filter(col(LINE).gt(1).and(trim(col(TEXT)).notEqual("")))
                .select(from_csv(parsable(col(TEXT)), lit(schema.toDDL()), Map.of("mode", "PERMISSIVE"))
                        .as("_fields"));
        return java.util.Optional.of(fields.select(header.stream()
                .map(name -> col("_fields").getField(name).as(name))
                .toArray(Column[]::new)));
    }

    /** The most values a line may hold: Spark's CSV parser fails on more than 20,480. */
    static final int MAX_VALUES = 20_000;

    /**
     * The line's text when Spark's CSV parser can take it, else null (its values are then all missing, and the line
     * quarantined): a line of more than {@value #MAX_VALUES} commas would fail the whole read.
     */
    private static Column parsable(Column text) {
        Column commas = length(text).minus(length(regexp_replace(text, ",", "")));
        return when(commas.lt(MAX_VALUES), text);
    }

    /** The columns of an input's quarantine. */
    static final StructType QUARANTINE = new StructType()
            .add("input_name", DataTypes.StringType, false)
            .add("file", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, true)
            .add("field", DataTypes.StringType, true)
            .add("value", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true);

    /**
     * Whether a file is read in the driver rather than by Spark's file reader: files of at most
     * {@value #DRIVER_READ_DEFAULT_BYTES} bytes (or the system property {@value #DRIVER_READ_PROPERTY}). A job per
     * small file costs more than the file; a large one is split across the executors.
     */
    static boolean readInDriver(Path path) {
        long limit = Long.getLong(DRIVER_READ_PROPERTY, DRIVER_READ_DEFAULT_BYTES);
        try {
            return Files.size(path) <= limit;
        } catch (IOException e) {
            return false;
        }
    }

    /** The system property giving the largest file read in the driver, in bytes (0: every file with Spark). */
    public static final String DRIVER_READ_PROPERTY = "provision-lens.driver-read-max-bytes";

    static final long DRIVER_READ_DEFAULT_BYTES = 16L << 20;

    /**
     * The file's lines with their line numbers (1 = the header), read in the driver into a local relation: the same
     * rows as {@link #numberedLines} (lines end at \n, \r\n or \r, as Spark's text reader ends them).
     */
    static Dataset<Row> linesInDriver(SparkSession spark, InputSpec spec, Path path) {
        List<Row> rows = new ArrayList<>();
        try (var reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            long line = 1;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                rows.add(RowFactory.create(text, line++));
            }
        } catch (IOException e) {
            throw new InputException(spec.describe() + " cannot be read: " + e.getMessage(), e);
        }
        StructType schema =
                new StructType().add(TEXT, DataTypes.StringType, true).add(LINE, DataTypes.LongType, true);
        return spark.createDataFrame(rows, schema);
    }

    /**
     * The file's lines with their line numbers (1 = the header), without moving every line into one partition: each
     * partition's lines are counted, and a line's number is the lines of the partitions before it plus its place in
     * its own. Spark reads one file's splits into partitions in file order, so this is the line in the file.
     */
    static Dataset<Row> numberedLines(SparkSession spark, Path path) {
        Dataset<Row> raw = spark.read()
                .text(path.toString())
                .withColumnRenamed("value", TEXT)
                .withColumn("_partition", spark_partition_id())
                .withColumn("_id", monotonically_increasing_id())
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<Row> counts =
                raw.groupBy("_partition").count().orderBy("_partition").collectAsList();
        List<Column> offsets = new ArrayList<>();
        long before = 0;
        for (Row count : counts) {
            offsets.add(lit(count.getInt(0)));
            offsets.add(lit(before));
            before += count.getLong(1);
        }
        Column offset =
                offsets.isEmpty() ? lit(0L) : element_at(map(offsets.toArray(Column[]::new)), col("_partition"));
        // monotonically_increasing_id puts the partition index in the upper 31 bits and the row's place in the lower 33
        Column placeInPartition =
                col("_id").minus(col("_partition").cast(DataTypes.LongType).multiply(1L << 33));
        return raw.withColumn(LINE, offset.plus(placeInPartition).plus(1)).drop("_partition", "_id");
    }

    /** Where checked UTF-8 copies of inputs in other encodings go ({@code provision-lens.home}/var/work). */
    public static Path workFolder() {
        String home = System.getProperty("provision-lens.home", ".");
        return Path.of(home, "var", "work");
    }

    /**
     * The safety net under every reader's own checks: a column the reader gives no length limit of its own holds at
     * most {@link InputLimits#TEXT_CHARS} characters (a longer value means a broken file).
     */
    private static List<FieldCheck> lengthLimits(List<String> header, List<FieldCheck> checks) {
        Set<String> limited = new java.util.HashSet<>();
        for (FieldCheck check : checks) {
            if (check.isLengthLimit()) {
                limited.add(check.field());
            }
        }
        return header.stream()
                .filter(name -> !limited.contains(name))
                .map(name -> FieldCheck.atMost(name, InputLimits.TEXT_CHARS))
                .toList();
    }

    private static Column problem(Column isWrong, String field, Column value, Column reason) {
        return when(
                isWrong.isNotNull().and(isWrong),
                struct(
                        lit(field).as("field"),
                        FieldCheck.shown(value).as("value"),
                        reason.cast(DataTypes.StringType).as("reason")));
    }

    /**
     * The column names of {@code spec}'s header line, read in the spec's encoding: for readers whose optional columns
     * may be absent, to choose their checks before {@link #read}.
     */
    public static List<String> columns(InputSpec spec) {
        FileLimits.check(spec.describe(), spec.path(), FileLimits.STREAMED_PROPERTY, FileLimits.STREAMED_DEFAULT_BYTES);
        return header(spec, spec.path(), spec.encoding());
    }

    private static InputException notText(InputSpec spec, java.nio.charset.Charset charset, Exception e) {
        return new InputException(
                spec.describe() + " is not " + charset.displayName() + " text; save it as UTF-8 CSV (or name its"
                        + " encoding in the manifest)",
                e);
    }

    /**
     * The header's names as Spark columns: trimmed; a blank name becomes {@code _column_N} (N counting from 1, as
     * spreadsheets leave trailing empty columns), a dot or back quote becomes {@code _} (Spark would read {@code a.b}
     * as a nested field). A name given twice stops the run: which column is meant could not be told.
     */
    private static List<String> names(InputSpec spec, List<String> values) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String name = values.get(i).trim().replace('.', '_').replace('`', '_');
            if (name.isEmpty()) {
                name = "_column_" + (i + 1);
            }
            if (!seen.add(name)) {
                twice.add(name);
            }
            names.add(name);
        }
        if (!twice.isEmpty()) {
            throw new InputException(spec.describe() + ": the header names the column(s) " + twice
                    + " more than once; expected each column once (is the header line repeated or a column copied?)");
        }
        return names;
    }

    /** The header's column names, without a byte-order mark or surrounding quotes and spaces. */
    static List<String> header(InputSpec spec, Path path) {
        return header(spec, path, StandardCharsets.UTF_8);
    }

    private static List<String> header(InputSpec spec, Path path, java.nio.charset.Charset charset) {
        try (CsvRecordReader reader = new CsvRecordReader(Files.newBufferedReader(path, charset))) {
            CsvRecordReader.Record line = reader.next();
            if (line == null || line.isBlank()) {
                throw new InputException(spec.describe() + " is empty; expected a header line naming its columns");
            }
            if (!line.closed()) {
                throw new InputException(spec.describe() + ": the header line opens a quoted value that is never"
                        + " closed (expected a closing \")");
            }
            return names(spec, line.values());
        } catch (java.nio.charset.MalformedInputException e) {
            throw notText(spec, charset, e);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw notText(spec, charset, e);
            }
            throw new InputException(spec.describe() + " cannot be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(spec.describe() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
