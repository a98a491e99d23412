package org.provisionlens.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.provisionlens.jobs.comments.CommentRecords;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.sources.LaKeyedInputs;

/**
 * A national {@code comments-csv} read with Spark, not into the driver: texts may hold commas, quotes and line breaks,
 * so the file is read as multi-line CSV (one task reads it: a multi-line CSV file cannot be split), every column as
 * text, each record numbered in file order ({@value #RECORD}, 1 = the first after the header) and a record the parser
 * cannot split kept whole in {@value #CORRUPT}. The checks run per LA on the executors ({@link CommentRecords}).
 */
final class CommentsDataset {

    static final String RECORD = "_record";
    static final String CORRUPT = "_corrupt";

    private CommentsDataset() {}

    /** The records, persisted (they are counted, keyed and grouped), with the number read. */
    record Read(Dataset<Row> rows, long records) {}

    static Read read(SparkSession spark, InputSpec spec) {
        List<String> header = CsvInput.columns(spec);
        List<String> canonical = header.stream().map(CommentRecords::canonical).toList();
        List<String> missing = new ArrayList<>(List.of("id", "respondent_type", "text"));
        missing.removeAll(canonical);
        if (!missing.isEmpty() || !header.contains(LaKeyedInputs.LA_CODE)) {
            throw new InputException(spec.describe() + " is missing the column(s) "
                    + (missing.isEmpty() ? List.of(LaKeyedInputs.LA_CODE) : missing) + "; a national " + spec.format()
                    + " file needs the columns [id, respondent_type, text] and " + LaKeyedInputs.LA_CODE + " (found "
                    + header + ")");
        }
        List<StructField> fields = new ArrayList<>();
        for (String name : header) {
            fields.add(DataTypes.createStructField(name, DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
        Dataset<Row> rows = spark.read()
                .option("header", "true")
                .option("multiLine", "true")
                .option("escape", "\"")
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .option("enforceSchema", "true")
                .schema(DataTypes.createStructType(fields))
                .csv(spec.path().toString())
                .withColumn(RECORD, monotonically_increasing_id().plus(1))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long records = rows.count();
        return new Read(rows.withColumn(LaKeyedInputs.LA_CODE, col(LaKeyedInputs.LA_CODE)), records);
    }

    /** The file's own columns of a record (not la_code, the record number or the corrupt text). */
    static List<String> columns(Row row) {
        StructType schema = row.schema();
        return Arrays.stream(schema.fieldNames())
                .filter(name -> !name.equals(RECORD) && !name.equals(CORRUPT) && !name.equals(LaKeyedInputs.LA_CODE))
                .toList();
    }
}
