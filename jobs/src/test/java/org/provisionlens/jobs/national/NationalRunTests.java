package org.provisionlens.jobs.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.core.csv.CsvRecordReader;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.TestDatabases;
import org.provisionlens.jobs.Launch;
import org.provisionlens.jobs.ProvisionLensJobs;
import org.provisionlens.jobs.SparkTestSession;

/**
 * The national run through the real command line, on two small LAs the generator makes (Rutland and Hartlepool, seed
 * 42, 5% broken rows), with a real Spark session and PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalRunTests {

    static final String RUTLAND = "E06000017";
    static final String HARTLEPOOL = "E06000001";

    private static SparkSession spark;
    private static DataSource database;

    @TempDir
    static Path folder;

    private static Path data;
    private static final Map<String, Long> firstRuns = new TreeMap<>();

    @BeforeAll
    static void generate() {
        spark = SparkTestSession.start();
        database = TestDatabases.shared().dataSource();
        data = folder.resolve("data");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ProvisionLensJobs.execute(
                launch(out),
                "generate",
                "--la",
                RUTLAND + "," + HARTLEPOOL,
                "--seed",
                "42",
                "--broken-share",
                "0.05",
                "--out",
                data.toString());
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static Launch launch(ByteArrayOutputStream out) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new Launch(
                print,
                print,
                Map.of(
                        DatabaseSettings.URL_VARIABLE,
                        TestDatabases.shared().jdbcUrl(),
                        DatabaseSettings.USER_VARIABLE,
                        "postgres"),
                folder);
    }

    private static String national(Path manifest, int expectedExit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ProvisionLensJobs.execute(launch(out), "national", manifest.toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed).isEqualTo(expectedExit);
        return printed;
    }

    @Test
    @Order(1)
    void everyLaIsPublishedUnderItsOwnPointerWithItsShareOfEachInput() throws Exception {
        String manifest = Files.readString(data.resolve("national-manifest.json"));
        assertThat(manifest)
                .contains("\"scope\": \"national\"", "\"localAuthorities\": [\"E06000001\", \"E06000017\"]");
        String printed = national(data.resolve("national-manifest.json"), 3);
        assertThat(printed).contains("published 2/2 LAs", "2 LAs published");

        for (String la : List.of(RUTLAND, HARTLEPOOL)) {
            long run = pointer(la);
            firstRuns.put(la, run);
            assertThat(text("SELECT status FROM review_run WHERE run_id = ?", run))
                    .isEqualTo("published");
            assertThat(text("SELECT la_code FROM review_headline WHERE run_id = ?", run))
                    .isEqualTo(la);
            // the LA's share of each keyed input: read = accepted + quarantined, and read = its rows in the file
            Map<String, Long> rowsOfLa = rowsByLa(data.resolve("child_records.csv"));
            assertThat(number("SELECT rows_read FROM run_input WHERE run_id = ? AND input_name = 'children'", run))
                    .isEqualTo(rowsOfLa.get(la));
            assertThat(number(
                            "SELECT count(*) FROM run_input WHERE run_id = ? AND rows_read <> rows_accepted +"
                                    + " rows_quarantined",
                            run))
                    .isZero();
            assertThat(number("SELECT rows_read FROM run_input WHERE run_id = ? AND input_name = 'services'", run))
                    .isEqualTo(rowsByLa(data.resolve("services.csv")).get(la));
            assertThat(number("SELECT rows_read FROM run_input WHERE run_id = ? AND input_name = 'comments'", run))
                    .isEqualTo(rowsByLa(data.resolve("comments.csv")).get(la));
            // the quarantine holds exactly the LA's broken rows (a blank line has no LA: it goes national)
            assertThat(number("SELECT sum(rows_quarantined) FROM run_input WHERE run_id = ?", run))
                    .isEqualTo(brokenRowsOf(la));
            assertThat(number("SELECT count(*) FROM sufficiency_cell WHERE run_id = ?", run))
                    .isPositive();
            assertThat(number("SELECT count(*) FROM service WHERE run_id = ?", run))
                    .isPositive();
            assertThat(number("SELECT count(*) FROM comment_anonymised WHERE run_id = ?", run))
                    .isPositive();
        }
        assertThat(number("SELECT count(*) FROM published_run WHERE la_code IN ('E06000017', 'E06000001')", 0))
                .isEqualTo(2);
    }

    @Test
    @Order(2)
    void aSecondRunMovesEveryPointerAndLeavesTheFirstRunsRowsAsTheyWere() throws Exception {
        Map<String, Long> cellsBefore = new HashMap<>();
        for (var first : firstRuns.entrySet()) {
            cellsBefore.put(
                    first.getKey(), number("SELECT count(*) FROM sufficiency_cell WHERE run_id = ?", first.getValue()));
        }
        national(data.resolve("national-manifest.json"), 3);
        for (var first : firstRuns.entrySet()) {
            long second = pointer(first.getKey());
            assertThat(second).isGreaterThan(first.getValue());
            assertThat(number("SELECT count(*) FROM sufficiency_cell WHERE run_id = ?", first.getValue()))
                    .isEqualTo(cellsBefore.get(first.getKey()));
            assertThat(number("SELECT count(*) FROM sufficiency_cell WHERE run_id = ?", second))
                    .isEqualTo(cellsBefore.get(first.getKey()));
        }
    }

    @Test
    @Order(3)
    void aListedLaWithNoRowsIsRefusedAndNothingIsPublished() throws Exception {
        long runsBefore = number("SELECT count(*) FROM review_run", 0);
        Path manifest = data.resolve("york.json");
        Files.writeString(
                manifest,
                Files.readString(data.resolve("national-manifest.json"))
                        .replace("[\"E06000001\", \"E06000017\"]", "[\"E06000014\", \"E06000017\"]"));
        String printed = national(manifest, 2);
        assertThat(printed).contains("localAuthorities lists [E06000014] but no input has a row with that la_code");
        assertThat(number("SELECT count(*) FROM review_run", 0)).isEqualTo(runsBefore);
    }

    @Test
    @Order(4)
    void aBadManifestNamesTheKeyAndWhatWasExpected() throws Exception {
        Path manifest = data.resolve("bad.json");
        Files.writeString(
                manifest,
                "{\"name\": \"x\", \"scope\": \"regional\", \"localAuthorities\": \"some\", \"timePeriod\":"
                        + " \"202425\", \"inputs\": {\"children\": {\"format\": \"service-csv\", \"path\":"
                        + " \"child_records.csv\"}}}");
        String printed = national(manifest, 2);
        assertThat(printed)
                .contains(manifest.toString())
                .contains("scope: expected \"national\", found \"regional\"")
                .contains("localAuthorities: expected \"all\" or a list of GSS codes, found \"some\"")
                .contains("inputs.children.format: expected \"child-records-csv\", found \"service-csv\"");
    }

    @Test
    @Order(5)
    void rutlandsCellsAreTheCellsTheOneLaPathWorksOutInProcess() throws Exception {
        // Rutland alone: the same rows (the generator seeds each LA from its own code), read by the one-LA readers
        Path alone = folder.resolve("rutland");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ProvisionLensJobs.execute(
                        launch(out),
                        "generate",
                        "--la",
                        RUTLAND,
                        "--seed",
                        "42",
                        "--broken-share",
                        "0.05",
                        "--out",
                        alone.toString()))
                .isZero();
        NationalManifest national = NationalManifest.read(data.resolve("national-manifest.json"));
        java.time.LocalDate reviewDate = NationalRun.reviewDate(2025);
        var children = org.provisionlens.jobs.sources.ChildRecordsTable.ingest(
                spark,
                new org.provisionlens.jobs.manifest.InputSpec(
                        "children", "child-records-csv", alone.resolve("child_records.csv")),
                2025);
        var groups = org.provisionlens.jobs.assess.DemandRows.group(
                org.provisionlens.jobs.sources.ChildRecordsTable.conform(children), reviewDate);
        var services = org.provisionlens.core.services.ServiceMerger.merge(
                        org.provisionlens.jobs.sources.ServiceCsv.read(
                                        spark,
                                        new org.provisionlens.jobs.manifest.InputSpec(
                                                "services", "service-csv", alone.resolve("services.csv")))
                                .accepted())
                .stream()
                .map(org.provisionlens.core.services.ServiceMerger.Merged::service)
                .toList();
        var demand = org.provisionlens.jobs.assess.DemandAggregates.ofRows(
                groups, new org.provisionlens.core.sufficiency.Placement.Classifier(services));
        // the area as NationalAreas makes it: the LSOAs in code order, five to a locality, with their centroids
        List<String> lsoas = demand.counts().stream()
                .map(org.provisionlens.core.sufficiency.DemandCount::lsoaCode)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        Map<String, org.provisionlens.core.sufficiency.Locality> localities = new HashMap<>();
        Map<String, org.provisionlens.core.access.Place> points = new HashMap<>();
        Map<String, org.provisionlens.core.access.Place> centroids = new HashMap<>();
        if (national.centroids() != null) {
            org.provisionlens.jobs.sources.geography.LsoaCentroids.centroids(
                            org.provisionlens.jobs.sources.geography.LsoaCentroids.ingest(spark, national.centroids()),
                            new java.util.HashSet<>(lsoas))
                    .forEach(c -> centroids.put(
                            c.code(), new org.provisionlens.core.access.Place(c.code(), c.latitude(), c.longitude())));
        }
        for (int i = 0; i < lsoas.size(); i++) {
            localities.put(
                    lsoas.get(i),
                    new org.provisionlens.core.sufficiency.Locality(
                            RUTLAND + "-" + (i / 5 + 1), "Locality " + (i / 5 + 1)));
            if (centroids.containsKey(lsoas.get(i))) {
                points.put(lsoas.get(i), centroids.get(lsoas.get(i)));
            }
        }
        var area = new org.provisionlens.core.sufficiency.ReviewArea(RUTLAND, "Rutland", localities, points);
        var growth = new org.provisionlens.core.sufficiency.SufficiencyCells.Growth(null, Map.of());
        if (national.caseload() != null) {
            var collected = org.provisionlens.jobs.assess.DemandForecast.collect(
                    List.of(org.provisionlens.jobs.sources.statistics.EesTable.longForm(
                            org.provisionlens.jobs.sources.statistics.EesTable.ingest(spark, national.caseload()))),
                    "none");
            growth = org.provisionlens.jobs.assess.DemandForecast.forecast(
                            collected,
                            org.provisionlens.jobs.assess.DemandForecast.Backtest.of(collected.allPlansByLa(), 2025),
                            RUTLAND,
                            3)
                    .growth();
        }
        var matrix = org.provisionlens.core.sufficiency.SufficiencyCells.assess(
                area,
                demand.counts(),
                services,
                growth,
                new org.provisionlens.core.sufficiency.SufficiencyCells.Settings(
                        org.provisionlens.core.sufficiency.VerdictThresholds.defaults(),
                        org.provisionlens.core.access.TravelSettings.defaults(),
                        2028));
        Map<String, String> expected = new TreeMap<>();
        for (var cell : matrix.cells()) {
            var k = cell.key();
            expected.put(
                    k.areaCode() + "|" + (k.need() == null ? "ALL" : k.need().name()) + "|"
                            + (k.ageBand() == null ? "ALL" : k.ageBand().label()) + "|"
                            + k.domain().name() + "|"
                            + k.tier().name(),
                    cell.verdict().code() + " " + cell.measures().ehcPlans() + " "
                            + cell.measures().senSupport() + " "
                            + cell.measures().demand());
        }
        Map<String, String> published = new TreeMap<>();
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT area_code, need_code, age_band, domain, tier, verdict,"
                        + " ehc_plans, sen_support, demand FROM sufficiency_cell WHERE run_id = ?")) {
            s.setLong(1, pointer(RUTLAND));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    published.put(
                            String.join(
                                    "|",
                                    r.getString(1),
                                    r.getString(2),
                                    r.getString(3),
                                    r.getString(4),
                                    r.getString(5)),
                            r.getString(6) + " " + r.getString(7) + " " + r.getString(8) + " " + r.getString(9));
                }
            }
        }
        assertThat(published).isEqualTo(expected);
        // Rutland's accepted EHC plans and SEN support, as the one-LA reader counts them from its own file
        long plans = groups.stream()
                .filter(g -> g.getString(g.fieldIndex("support_level")).equals("EHC_PLAN"))
                .mapToLong(g -> g.getLong(g.fieldIndex("children")))
                .sum();
        // seed 42: 361 of Rutland's children with plans pass the checks; its first locality's under-fives, education
        assertThat(plans).isEqualTo(361);
        assertThat(published).hasSize(1292);
        assertThat(published)
                .containsEntry("E06000017-1|ALL|0-4|EDUCATION|SPECIALIST", "at_risk 1 0 1")
                .containsEntry("E06000017-1|ALL|0-4|EDUCATION|TARGETED", "sufficient 0 0 0")
                .containsEntry("E06000017-1|ALL|0-4|EDUCATION|UNIVERSAL", "no_data 0 6 6");
    }

    /** The LA of each broken row (by the line it starts on), counted per LA; blank lines have none. */
    private static long brokenRowsOf(String la) throws Exception {
        Map<String, Map<Long, String>> laOfLine = new HashMap<>();
        for (String file : List.of("child_records.csv", "services.csv", "comments.csv")) {
            laOfLine.put(file, laOfLines(data.resolve(file)));
        }
        long broken = 0;
        for (Map<String, String> row : records(data.resolve("broken_rows.csv"))) {
            if (la.equals(laOfLine.get(row.get("file")).get(Long.parseLong(row.get("line"))))) {
                broken++;
            }
        }
        return broken;
    }

    private static Map<String, Long> rowsByLa(Path file) throws Exception {
        Map<String, Long> rows = new TreeMap<>();
        laOfLines(file).values().forEach(la -> rows.merge(la, 1L, Long::sum));
        return rows;
    }

    /** The la_code of each record, by the line it starts on (a blank record has none). */
    private static Map<Long, String> laOfLines(Path file) throws Exception {
        Map<Long, String> las = new HashMap<>();
        try (CsvRecordReader reader = new CsvRecordReader(Files.newBufferedReader(file))) {
            List<String> header = reader.next().values();
            int la = header.indexOf("la_code");
            for (var record = reader.next(); record != null; record = reader.next()) {
                if (!record.isBlank()) {
                    las.put(record.line(), record.values().get(la));
                }
            }
        }
        return las;
    }

    private static List<Map<String, String>> records(Path file) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(Files.newBufferedReader(file))) {
            List<String> header = reader.next().values();
            for (var record = reader.next(); record != null; record = reader.next()) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.values().get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static long pointer(String la) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT run_id FROM published_run WHERE la_code = ?")) {
            s.setString(1, la);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("published_run of " + la).isTrue();
                return r.getLong(1);
            }
        }
    }

    private static long number(String sql, long runId) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (sql.contains("?")) {
                s.setLong(1, runId);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String text(String sql, long runId) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, runId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
