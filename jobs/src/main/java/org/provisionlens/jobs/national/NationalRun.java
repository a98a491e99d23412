package org.provisionlens.jobs.national;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.io.PrintStream;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.postgresql.PGConnection;
import org.provisionlens.core.forecast.LaRegions;
import org.provisionlens.jobs.assess.DemandForecast;
import org.provisionlens.jobs.assess.DemandRows;
import org.provisionlens.jobs.copy.TableSink;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.manifest.ManifestException;
import org.provisionlens.jobs.manifest.ManifestThresholds;
import org.provisionlens.jobs.publish.LeaseGroup;
import org.provisionlens.jobs.publish.Publisher;
import org.provisionlens.jobs.publish.ReviewTables;
import org.provisionlens.jobs.publish.RunStore;
import org.provisionlens.jobs.run.RunOutcome;
import org.provisionlens.jobs.run.StageClock;
import org.provisionlens.jobs.sources.LaKeyedInputs;
import org.provisionlens.jobs.sources.statistics.EesTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A national review run. Stages (a {@link StageClock}): <b>ingest</b> reads and checks every input once with Spark
 * (the child records, services and comments stay in Spark); <b>conform</b> finds the LAs, takes their leases (one
 * session), registers one review run per LA, keys the rows by LA, aggregates demand in Spark (never collected) and
 * works out the forecast growth of every LA from the DfE back-test on the driver (a small file); <b>assess</b> runs
 * {@link LaFunctions.Assess} once per LA on the executors ({@code groupByKey(la)} + {@code flatMapGroups}: services,
 * sufficiency matrix, audit), <b>comments</b> runs {@link LaFunctions.Comments} the same way (checks, anonymisation,
 * themes, links); <b>publish</b> streams the per-LA tables to the driver one partition at a time
 * ({@code toLocalIterator}) and publishes each LA in one transaction of its own (COPY, then its published_run pointer).
 * The driver never holds more than one table of one LA.
 */
public final class NationalRun {

    private static final Logger LOG = LoggerFactory.getLogger(NationalRun.class);

    private final SparkSession spark;
    private final DataSource dataSource;
    private final RunStore runs;
    private final PrintStream out;

    public NationalRun(SparkSession spark, DataSource dataSource, PrintStream out) {
        this.spark = spark;
        this.dataSource = dataSource;
        this.runs = new RunStore(dataSource);
        this.out = out;
    }

    /** The date waits are counted to: the SEN2 and census reference date of the year (third Thursday of January). */
    static LocalDate reviewDate(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int toThursday = (4 - first.getDayOfWeek().getValue() + 7) % 7;
        return first.plusDays(toThursday + 14L);
    }

    public RunOutcome run(NationalManifest manifest) {
        int lastYear = Integer.parseInt(manifest.timePeriod().substring(0, 4)) + 1;
        LocalDate reviewDate = reviewDate(lastYear);
        StageClock clock = new StageClock(out, 5);
        Inputs inputs;
        List<String> las;
        try {
            clock.stage("ingest", "reading and checking " + manifest.given().size() + " national inputs");
            inputs = Inputs.read(spark, manifest, lastYear);
            clock.stage("conform", "keying rows by LA");
            las = localAuthorities(manifest, inputs);
        } catch (InputException | ManifestException e) {
            return new RunOutcome(null, RunOutcome.BAD_INPUT, e.getMessage());
        }
        LeaseGroup.Taken taken = LeaseGroup.take(dataSource, las);
        if (!taken.refused().isEmpty()) {
            return new RunOutcome(
                    null,
                    RunOutcome.REFUSED_RUN_IN_PROGRESS,
                    "refused: a review run is in progress for " + taken.refused() + "; run again when it has finished");
        }
        try (LeaseGroup leases = taken.group()) {
            return run(manifest, inputs, las, leases, clock, reviewDate, lastYear);
        }
    }

    private RunOutcome run(
            NationalManifest manifest,
            Inputs inputs,
            List<String> las,
            LeaseGroup leases,
            StageClock clock,
            LocalDate reviewDate,
            int lastYear) {
        Map<String, Long> runIds = new LinkedHashMap<>();
        for (String la : las) {
            runs.markAbandoned(la);
            runIds.put(la, runs.start(manifest.name(), manifest.file().toString(), leases.lease(la), "pending"));
        }
        long nationalId = startNational(manifest, runIds);
        List<String> published = new ArrayList<>();
        try {
            stage(runIds, "conform");
            Map<String, String[]> headlines = inputs.headlines(manifest.timePeriod());
            Map<String, String> names = new HashMap<>();
            Map<String, String> bundled = LaRegions.bundled().nameOf();
            for (String la : las) {
                String[] headline = headlines.get(la);
                names.put(la, headline != null && headline[1] != null ? headline[1] : bundled.getOrDefault(la, la));
            }
            Forecasts forecasts = Forecasts.of(spark, manifest, lastYear);
            int horizon = ManifestThresholds.defaults().values().horizonYears();
            Map<String, Double> overall = new HashMap<>();
            Map<String, HashMap<String, Double>> bands = new HashMap<>();
            for (String la : las) {
                var growth = forecasts.forecast(la, horizon).growth();
                overall.put(la, growth.overall());
                HashMap<String, Double> byBand = new HashMap<>();
                growth.byBand().forEach((band, value) -> byBand.put(band.name(), value));
                bands.put(la, byBand);
            }
            LaContext context = new LaContext(
                    runIds,
                    names,
                    overall,
                    bands,
                    lastYear + horizon,
                    reviewDate,
                    inputs.centroids(),
                    LaContext.input(inputs.children),
                    LaContext.input(inputs.services),
                    inputs.comments == null
                            ? null
                            : new String[] {
                                manifest.comments().name(),
                                manifest.comments().format(),
                                manifest.comments().path().toString(),
                                inputs.commentsSha256,
                                manifest.comments().fileName()
                            });
            Broadcast<LaContext> shared =
                    JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(context);
            Column inScope = col(LaKeyedInputs.LA_CODE).isin(las.toArray());
            Dataset<Row> demand = DemandRows.groups(
                            LaKeyedInputs.children(inputs.children).filter(inScope),
                            reviewDate,
                            col(LaKeyedInputs.LA_CODE))
                    .withColumnRenamed(LaKeyedInputs.LA_CODE, "_la");
            Dataset<Row> services =
                    inputs.services == null ? null : inputs.services.accepted().filter(inScope);
            Dataset<Row> quarantine = LaKeyedInputs.quarantineByLa(inputs.children);
            if (inputs.services != null) {
                quarantine = quarantine.unionByName(LaKeyedInputs.quarantineByLa(inputs.services));
            }
            quarantine = quarantine.filter(inScope);

            clock.stage("assess", las.size() + " LAs: services, sufficiency cells, audit (one task per LA group)");
            stage(runIds, "assess");
            LongAccumulator assessNanos = spark.sparkContext().longAccumulator("national assess model time");
            Dataset<Row> keyed = keyed(
                    List.of(
                            tagged(demand.withColumnRenamed("_la", LaKeyedInputs.LA_CODE), LaFunctions.DEMAND),
                            services == null ? null : tagged(services, LaFunctions.SERVICE),
                            tagged(quarantine, LaFunctions.QUARANTINE)),
                    List.of(
                            demand.drop("_la").schema(),
                            inputs.services == null
                                    ? null
                                    : inputs.services
                                            .accepted()
                                            .drop(LaKeyedInputs.LA_CODE)
                                            .schema(),
                            quarantine.drop(LaKeyedInputs.LA_CODE).schema()));
            Dataset<LaRows> assessed = keyed.groupByKey(
                            (org.apache.spark.api.java.function.MapFunction<Row, String>) row -> row.getString(0),
                            Encoders.STRING())
                    .flatMapGroups(new LaFunctions.Assess(shared, assessNanos), Encoders.bean(LaRows.class))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long assessedRows = assessed.count();
            out.printf(
                    "  %,d table parts from %d LAs; models %.1f s of task time%n",
                    assessedRows, las.size(), assessNanos.value() / 1e9);

            clock.stage("comments", "anonymise, theme and link each LA's comments");
            stage(runIds, "comments");
            LongAccumulator commentNanos = spark.sparkContext().longAccumulator("national comments model time");
            LongAccumulator commentsQuarantined = spark.sparkContext().longAccumulator("national comments quarantined");
            Dataset<LaRows> commented = spark.emptyDataset(Encoders.bean(LaRows.class));
            if (inputs.comments != null) {
                Dataset<Row> comments = inputs.comments.filter(inScope);
                Dataset<Row> keyedComments = keyed(
                        List.of(
                                services == null ? null : tagged(services, LaFunctions.SERVICE),
                                tagged(comments, LaFunctions.COMMENT)),
                        List.of(
                                inputs.services == null
                                        ? null
                                        : inputs.services
                                                .accepted()
                                                .drop(LaKeyedInputs.LA_CODE)
                                                .schema(),
                                comments.drop(LaKeyedInputs.LA_CODE).schema()));
                commented = keyedComments
                        .groupByKey(
                                (org.apache.spark.api.java.function.MapFunction<Row, String>) row -> row.getString(0),
                                Encoders.STRING())
                        .flatMapGroups(
                                new LaFunctions.Comments(shared, commentNanos, commentsQuarantined),
                                Encoders.bean(LaRows.class))
                        .persist(StorageLevel.MEMORY_AND_DISK());
                out.printf(
                        "  %,d table parts; comment processing %.1f s of task time%n",
                        commented.count(), commentNanos.value() / 1e9);
            }

            clock.stage("publish", "one transaction per LA");
            stage(runIds, "publish");
            leases.check();
            long withoutLa = recordWithoutLa(nationalId, inputs);
            Iterator<Row> stream = assessed.toDF()
                    .unionByName(commented.toDF())
                    .repartition(col("laCode"))
                    .sortWithinPartitions("laCode", "part", "seq")
                    .toLocalIterator();
            LaPublisher publisher = new LaPublisher(
                    dataSource, manifest, runIds, names, headlines, forecasts, horizon, inputs.combinedSha256());
            String current;
            Row next = stream.hasNext() ? stream.next() : null;
            while (next != null) {
                current = next.getString(next.fieldIndex("laCode"));
                final String la = current;
                // one LA's rows arrive together (repartitioned by LA, sorted within each partition)
                PeekingLa rowsOfLa = new PeekingLa(next, stream, la);
                publisher.publish(la, rowsOfLa);
                next = rowsOfLa.following();
                published.add(la);
                progress(published.size(), las.size(), names.get(la));
                finishNational(nationalId, null, published.size(), withoutLa);
            }
            for (String la : las) {
                if (!published.contains(la)) {
                    publisher.publish(la, java.util.Collections.emptyIterator());
                    published.add(la);
                    progress(published.size(), las.size(), names.get(la));
                }
            }
            assessed.unpersist();
            commented.unpersist();
            finishNational(nationalId, "published", published.size(), withoutLa);
            clock.finish("published " + published.size() + " LAs");
            long quarantined = inputs.quarantined() + commentsQuarantined.value();
            String summary = published.size() + " LAs published (national run " + nationalId + "); "
                    + quarantined + " rows quarantined"
                    + (withoutLa > 0
                            ? ", " + withoutLa + " of them with no usable" + " la_code (national quarantine)"
                            : "");
            return new RunOutcome(
                    null, quarantined > 0 ? RunOutcome.PUBLISHED_WITH_QUARANTINE : RunOutcome.PUBLISHED, summary);
        } catch (InputException | ManifestException e) {
            failRest(runIds, published, nationalId, e.getMessage());
            return new RunOutcome(null, RunOutcome.BAD_INPUT, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("National run {} failed", nationalId, e);
            failRest(runIds, published, nationalId, "Unexpected failure: " + e);
            return new RunOutcome(null, RunOutcome.FAILED, e.toString());
        }
    }

    private void progress(int done, int of, String name) {
        if (of <= 20 || done % Math.max(1, of / 20) == 0 || done == of) {
            out.printf("  published %d/%d LAs (%s)%n", done, of, name);
        }
    }

    /** Rows of one LA from the stream, stopping at the first row of the next LA (kept for {@link #following}). */
    static final class PeekingLa implements Iterator<Row> {
        private final Iterator<Row> stream;
        private final String la;
        private Row head;
        private Row following;

        PeekingLa(Row first, Iterator<Row> stream, String la) {
            this.head = first;
            this.stream = stream;
            this.la = la;
        }

        @Override
        public boolean hasNext() {
            return head != null;
        }

        @Override
        public Row next() {
            Row row = head;
            head = null;
            if (stream.hasNext()) {
                Row candidate = stream.next();
                if (la.equals(candidate.getString(candidate.fieldIndex("laCode")))) {
                    head = candidate;
                } else {
                    following = candidate;
                }
            }
            return row;
        }

        /** The first row of the next LA, or null at the end (read this LA's rows first). */
        Row following() {
            while (hasNext()) {
                next();
            }
            return following;
        }
    }

    /** The rows of one kind, as (la_code, kind, then the row's columns as a struct). */
    private static Dataset<Row> tagged(Dataset<Row> rows, int kind) {
        List<Column> own = new ArrayList<>();
        for (String name : rows.columns()) {
            if (!name.equals(LaKeyedInputs.LA_CODE)) {
                own.add(col("`" + name + "`"));
            }
        }
        return rows.select(
                col(LaKeyedInputs.LA_CODE),
                lit(kind).as("kind"),
                struct(own.toArray(Column[]::new)).as("row"));
    }

    /**
     * The kinds as one dataset keyed by LA: (la_code, kind, one struct column per kind, the row in its kind's column,
     * null in the others), so that one group holds every row of an LA. A null kind has no rows.
     */
    private static Dataset<Row> keyed(List<Dataset<Row>> kinds, List<org.apache.spark.sql.types.StructType> schemas) {
        Dataset<Row> all = null;
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == null) {
                continue;
            }
            List<Column> columns = new ArrayList<>();
            columns.add(col(LaKeyedInputs.LA_CODE));
            columns.add(col("kind"));
            for (int j = 0; j < kinds.size(); j++) {
                DataType type =
                        schemas.get(j) == null ? org.apache.spark.sql.types.DataTypes.StringType : schemas.get(j);
                columns.add((j == i ? col("row") : lit(null).cast(type)).as("k" + j));
            }
            Dataset<Row> one = kinds.get(i).select(columns.toArray(Column[]::new));
            all = all == null ? one : all.union(one);
        }
        return all;
    }

    /** The LAs of the run: the manifest's list (each must have rows), or every LA the inputs name. */
    private static List<String> localAuthorities(NationalManifest manifest, Inputs inputs) {
        TreeSet<String> found = inputs.laCodes();
        if (!manifest.listed()) {
            if (found.isEmpty()) {
                throw new InputException(manifest.children().describe() + " has no row with a valid la_code; a"
                        + " national run needs each row's LA as a GSS code such as E08000009");
            }
            return List.copyOf(found);
        }
        List<String> absent = manifest.localAuthorities().stream()
                .filter(la -> !found.contains(la))
                .toList();
        if (!absent.isEmpty()) {
            throw new ManifestException(manifest.file() + ": localAuthorities lists " + absent + " but no input has"
                    + " a row with that la_code; nothing was published (remove it from the list, or add its rows)");
        }
        return manifest.localAuthorities();
    }

    private void stage(Map<String, Long> runIds, String stage) {
        sql("UPDATE review_run SET stage = ? WHERE run_id = ANY (?) AND status = 'running'", stage, runIds.values());
    }

    private void failRest(Map<String, Long> runIds, List<String> published, long nationalId, String message) {
        for (var run : runIds.entrySet()) {
            if (!published.contains(run.getKey())) {
                runs.fail(run.getValue(), message);
            }
        }
        finishNational(nationalId, "failed", published.size(), 0);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("UPDATE national_run SET message = ? WHERE national_run_id" + " = ?")) {
            s.setString(1, message);
            s.setLong(2, nationalId);
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Could not record the failure of national run {}", nationalId, e);
        }
    }

    private long startNational(NationalManifest manifest, Map<String, Long> runIds) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO national_run (manifest_name, manifest_path,"
                    + " status, las) VALUES (?, ?, 'running', ?) RETURNING national_run_id")) {
                s.setString(1, manifest.name());
                s.setString(2, manifest.file().toString());
                s.setInt(3, runIds.size());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO national_run_la (national_run_id, la_code, run_id) VALUES (?, ?, ?)")) {
                for (var run : runIds.entrySet()) {
                    s.setLong(1, id);
                    s.setString(2, run.getKey());
                    s.setLong(3, run.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not register the national run: " + e.getMessage(), e);
        }
    }

    private void finishNational(long id, String status, int publishedLas, long withoutLa) {
        String sql = status == null
                ? "UPDATE national_run SET las_published = ?, rows_without_la = ? WHERE national_run_id = ?"
                : "UPDATE national_run SET las_published = ?, rows_without_la = ?, status = '" + status
                        + "', finished_at = now() WHERE national_run_id = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, publishedLas);
            s.setLong(2, withoutLa);
            s.setLong(3, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update national run " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Streams the rows no LA can be given (no valid la_code) into national_quarantine, one partition at a time, and
     * prints how many; returns the number of rows.
     */
    private long recordWithoutLa(long nationalId, Inputs inputs) {
        Dataset<Row> entries = inputs.withoutLa();
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            rows = org.provisionlens.jobs.copy.Copy.stream(
                    c,
                    "national_quarantine (national_run_id, input_name, file, line, pointer, field, value, reason)",
                    entries.toLocalIterator(),
                    row -> new Object[] {
                        nationalId,
                        row.getString(0),
                        row.getString(1),
                        row.isNullAt(2) ? null : row.getLong(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6)
                    });
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the national quarantine: " + e.getMessage(), e);
        }
        long distinct = inputs.rowsWithoutLa();
        if (distinct > 0) {
            out.printf(
                    "  national quarantine: %d rows with no usable la_code (%d problems), national run %d%n",
                    distinct, rows, nationalId);
        }
        return distinct;
    }

    private void sql(String sql, String text, java.util.Collection<Long> ids) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            s.setString(1, text);
            s.setArray(2, array);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the national run's review runs: " + e.getMessage(), e);
        }
    }

    /** The per-LA transaction: COPY the LA's tables, its headline and forecast, then its published_run pointer. */
    static final class LaPublisher {
        private final DataSource dataSource;
        private final NationalManifest manifest;
        private final Map<String, Long> runIds;
        private final Map<String, String> names;
        private final Map<String, String[]> headlines;
        private final Forecasts forecasts;
        private final int horizon;
        private final String inputsSha256;

        LaPublisher(
                DataSource dataSource,
                NationalManifest manifest,
                Map<String, Long> runIds,
                Map<String, String> names,
                Map<String, String[]> headlines,
                Forecasts forecasts,
                int horizon,
                String inputsSha256) {
            this.dataSource = dataSource;
            this.inputsSha256 = inputsSha256;
            this.manifest = manifest;
            this.runIds = runIds;
            this.names = names;
            this.headlines = headlines;
            this.forecasts = forecasts;
            this.horizon = horizon;
        }

        void publish(String la, Iterator<Row> rows) {
            long runId = runIds.get(la);
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                    while (rows.hasNext()) {
                        Row part = rows.next();
                        copy.copyIn(
                                "COPY " + part.getString(part.fieldIndex("table")) + " FROM STDIN WITH (FORMAT csv)",
                                new StringReader(part.getString(part.fieldIndex("csv"))));
                    }
                    TableSink sink = TableSink.copyTo(connection);
                    String[] headline = headlines.get(la);
                    Publisher.writeHeadline(
                            sink,
                            runId,
                            la,
                            headline == null ? null : headline[0],
                            names.get(la),
                            manifest.timePeriod(),
                            headline == null || headline[2] == null ? null : Integer.valueOf(headline[2]),
                            null,
                            null,
                            null,
                            null);
                    if (forecasts.given()) {
                        ReviewTables.writeForecast(sink, runId, la, forecasts.forecast(la, horizon));
                    }
                    Publisher.markPublished(connection, runId, la, names.get(la), inputsSha256);
                    connection.commit();
                } catch (SQLException | java.io.IOException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException | java.io.IOException e) {
                throw new IllegalStateException(
                        "Could not publish " + la + " (review run " + runId + "): " + e.getMessage(), e);
            }
        }
    }

    /** The DfE caseload's back-test of every LA (once, on the driver), or nothing when the manifest gives none. */
    static final class Forecasts {
        private final DemandForecast.Collected collected;
        private final DemandForecast.Backtest backtest;

        private Forecasts(DemandForecast.Collected collected, DemandForecast.Backtest backtest) {
            this.collected = collected;
            this.backtest = backtest;
        }

        static Forecasts of(SparkSession spark, NationalManifest manifest, int lastYear) {
            if (manifest.caseload() == null) {
                return new Forecasts(DemandForecast.Collected.empty(), null);
            }
            DemandForecast.Collected collected = DemandForecast.collect(
                    List.of(EesTable.longForm(EesTable.ingest(spark, manifest.caseload()))), "none");
            return new Forecasts(collected, DemandForecast.Backtest.of(collected.allPlansByLa(), lastYear));
        }

        boolean given() {
            return backtest != null;
        }

        DemandForecast.Result forecast(String la, int horizon) {
            if (backtest == null) {
                return new DemandForecast.Result(
                        List.of(),
                        null,
                        null,
                        new org.provisionlens.core.sufficiency.SufficiencyCells.Growth(null, Map.of()),
                        0);
            }
            return DemandForecast.forecast(collected, backtest, la, horizon);
        }
    }
}
