package org.provisionlens.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.sources.EhcPlanNeedsTable;
import org.provisionlens.jobs.sources.LaKeyedInputs;
import org.provisionlens.jobs.sources.geography.LsoaCentroids;

/**
 * A national run's inputs, each read once and checked by its reader: the keyed inputs stay in Spark (child records,
 * services, comments, with their LA normalised: trimmed, upper case, null unless a GSS code); the national files are
 * small and read for the driver (LA names and EHC plans, LSOA centroids).
 */
final class Inputs {

    final IngestedInput children;
    final IngestedInput services;
    /** The comment records with la_code normalised; null without a comments input. */
    final Dataset<Row> comments;

    final long commentRecords;
    private final org.provisionlens.jobs.manifest.InputSpec commentsSpec;
    final String commentsSha256;
    private final IngestedInput plans;
    private final IngestedInput centroids;

    private Inputs(
            IngestedInput children,
            IngestedInput services,
            Dataset<Row> comments,
            long commentRecords,
            org.provisionlens.jobs.manifest.InputSpec commentsSpec,
            String commentsSha256,
            IngestedInput plans,
            IngestedInput centroids) {
        this.children = children;
        this.services = services;
        this.comments = comments;
        this.commentRecords = commentRecords;
        this.commentsSpec = commentsSpec;
        this.commentsSha256 = commentsSha256;
        this.plans = plans;
        this.centroids = centroids;
    }

    static Inputs read(SparkSession spark, NationalManifest manifest, int referenceYear) {
        IngestedInput children = withLa(LaKeyedInputs.childRecords(spark, manifest.children(), referenceYear));
        IngestedInput services =
                manifest.services() == null ? null : withLa(LaKeyedInputs.services(spark, manifest.services()));
        Dataset<Row> comments = null;
        long records = 0;
        String sha = null;
        if (manifest.comments() != null) {
            CommentsDataset.Read read = CommentsDataset.read(spark, manifest.comments());
            comments = read.rows().withColumn(LaKeyedInputs.LA_CODE, gss(col(LaKeyedInputs.LA_CODE)));
            records = read.records();
            sha = org.provisionlens.jobs.ingest.InputFile.prepare(
                            manifest.comments(), manifest.comments().encoding(), CsvInput.workFolder())
                    .sha256();
        }
        IngestedInput plans = manifest.plans() == null ? null : EhcPlanNeedsTable.ingest(spark, manifest.plans());
        IngestedInput centroids =
                manifest.centroids() == null ? null : LsoaCentroids.ingest(spark, manifest.centroids());
        return new Inputs(children, services, comments, records, manifest.comments(), sha, plans, centroids);
    }

    /** The LA column trimmed and upper case, null unless it is an English LA GSS code. */
    static Column gss(Column la) {
        Column code = upper(trim(la));
        return when(code.rlike("^(" + NationalManifest.GSS_LA + ")$"), code);
    }

    private static IngestedInput withLa(IngestedInput input) {
        return new IngestedInput(
                input.spec(),
                input.sha256(),
                input.accepted().withColumn(LaKeyedInputs.LA_CODE, gss(col(LaKeyedInputs.LA_CODE))),
                input.quarantine(),
                input.rowsRead(),
                input.rowsAccepted(),
                input.rowsQuarantined());
    }

    /** Every LA code the keyed inputs name (a few hundred strings at most). */
    TreeSet<String> laCodes() {
        Dataset<Row> codes = children.accepted().select(LaKeyedInputs.LA_CODE);
        codes = codes.union(LaKeyedInputs.quarantineByLa(children).select(gss(col(LaKeyedInputs.LA_CODE))));
        if (services != null) {
            codes = codes.union(services.accepted().select(LaKeyedInputs.LA_CODE));
            codes = codes.union(LaKeyedInputs.quarantineByLa(services).select(gss(col(LaKeyedInputs.LA_CODE))));
        }
        if (comments != null) {
            codes = codes.union(comments.select(LaKeyedInputs.LA_CODE));
        }
        TreeSet<String> found = new TreeSet<>();
        codes.filter(col(LaKeyedInputs.LA_CODE).isNotNull())
                .distinct()
                .collectAsList()
                .forEach(r -> found.add(r.getString(0)));
        return found;
    }

    /** Rows the checks quarantined in the keyed inputs read with CsvInput (comments are checked per LA later). */
    long quarantined() {
        return children.rowsQuarantined() + (services == null ? 0 : services.rowsQuarantined()) + acceptedWithoutLa();
    }

    private long acceptedWithoutLa() {
        long rows =
                children.accepted().filter(col(LaKeyedInputs.LA_CODE).isNull()).count();
        if (services != null) {
            rows += services.accepted()
                    .filter(col(LaKeyedInputs.LA_CODE).isNull())
                    .count();
        }
        if (comments != null) {
            rows += comments.filter(col(LaKeyedInputs.LA_CODE).isNull()).count();
        }
        return rows;
    }

    /**
     * The problems of rows no LA can be given, as (input_name, file, line, pointer, field, value, reason): rows the
     * checks quarantined that have no valid la_code (a blank line, say), and rows that passed the checks but have none.
     */
    Dataset<Row> withoutLa() {
        Dataset<Row> entries = noLa(children);
        if (services != null) {
            entries = entries.union(noLa(services));
        }
        if (comments != null) {
            entries = entries.union(comments.filter(col(LaKeyedInputs.LA_CODE).isNull())
                    .select(
                            lit(commentsSpec.name()).as("input_name"),
                            lit(commentsSpec.fileName()).as("file"),
                            lit(null).cast(DataTypes.LongType).as("line"),
                            concat(lit("record "), col(CommentsDataset.RECORD).cast(DataTypes.StringType))
                                    .as("pointer"),
                            lit(LaKeyedInputs.LA_CODE).as("field"),
                            lit(null).cast(DataTypes.StringType).as("value"),
                            lit(NO_LA).as("reason")));
        }
        return entries;
    }

    /** How many rows {@link #withoutLa} covers (a row can have several problems). */
    long rowsWithoutLa() {
        return withoutLa().select("input_name", "line", "pointer").distinct().count();
    }

    static final String NO_LA = "expected the GSS code of the row's LA (E06, E08, E09 or E10 and six digits); the row"
            + " cannot be given to any LA";

    private static Dataset<Row> noLa(IngestedInput input) {
        Dataset<Row> quarantined = LaKeyedInputs.quarantineByLa(input)
                .filter(gss(col(LaKeyedInputs.LA_CODE)).isNull())
                .select(
                        col("input_name"),
                        col("file"),
                        col("line"),
                        lit(null).cast(DataTypes.StringType).as("pointer"),
                        col("field"),
                        col("value"),
                        col("reason"));
        Dataset<Row> accepted = input.accepted()
                .filter(col(LaKeyedInputs.LA_CODE).isNull())
                .select(
                        lit(input.spec().name()).as("input_name"),
                        lit(input.spec().fileName()).as("file"),
                        col(CsvInput.LINE).cast(DataTypes.LongType).as("line"),
                        lit(null).cast(DataTypes.StringType).as("pointer"),
                        lit(LaKeyedInputs.LA_CODE).as("field"),
                        lit(null).cast(DataTypes.StringType).as("value"),
                        lit(NO_LA).as("reason"));
        return quarantined.union(accepted);
    }

    /** Per LA (GSS code): old code, name and EHC plans (null when suppressed) of the time period, from DfE. */
    Map<String, String[]> headlines(String timePeriod) {
        Map<String, String[]> headlines = new HashMap<>();
        if (plans == null) {
            return headlines;
        }
        List<Row> rows = plans.accepted()
                .filter(trim(col("geographic_level")).equalTo("Local authority"))
                .filter(trim(col("time_period")).equalTo(timePeriod))
                .filter(trim(col("breakdown_topic")).equalTo("All EHC plans"))
                .select(
                        trim(col("new_la_code")),
                        trim(col("old_la_code")),
                        trim(col("la_name")),
                        trim(col("ehc_plans")))
                .collectAsList();
        for (Row row : rows) {
            String plansText = row.getString(3);
            headlines.put(row.getString(0), new String[] {
                row.getString(1), row.getString(2), plansText != null && plansText.matches("\\d+") ? plansText : null
            });
        }
        return headlines;
    }

    /** LSOA code to latitude and longitude (about 35,000 LSOAs: small enough to broadcast). */
    Map<String, double[]> centroids() {
        Map<String, double[]> points = new HashMap<>();
        if (centroids != null) {
            LsoaCentroids.centroids(centroids, null)
                    .forEach(c -> points.put(c.code(), new double[] {c.latitude(), c.longitude()}));
        }
        return points;
    }

    /** One hash of the keyed inputs' hashes (children, services, comments), recorded with each LA's run. */
    String combinedSha256() {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String sha : new String[] {
                children.sha256(),
                services == null ? "" : services.sha256(),
                commentsSha256 == null ? "" : commentsSha256
            }) {
                digest.update(sha.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                digest.update((byte) '\n');
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
