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
import org.provisionlens.core.csv.CsvRecordReader;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.TestDatabases;
import org.provisionlens.jobs.Launch;
import org.provisionlens.jobs.ProvisionLensJobs;
import org.provisionlens.jobs.SparkTestSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(manifest).contains("\"scope\": \"national\"", "\"localAuthorities\": [\"E06000001\", \"E06000017\"]");
        String printed = national(data.resolve("national-manifest.json"), 3);
        assertThat(printed).contains("published 2/2 LAs", "2 LAs published");

        for (String la : List.of(RUTLAND, HARTLEPOOL)) {
            long run = pointer(la);
            firstRuns.put(la, run);
            assertThat(text("SELECT status FROM review_run WHERE run_id = ?", run)).isEqualTo("published");
            assertThat(text("SELECT la_code FROM review_headline WHERE run_id = ?", run)).isEqualTo(la);
            // the LA's share of each keyed input: read = accepted + quarantined, and read = its rows in the file
            Map<String, Long> rowsOfLa = rowsByLa(data.resolve("child_records.csv"));
            assertThat(number("SELECT rows_read FROM run_input WHERE run_id = ? AND input_name = 'children'", run))
                    .isEqualTo(rowsOfLa.get(la));
            assertThat(number("SELECT count(*) FROM run_input WHERE run_id = ? AND rows_read <> rows_accepted +"
                            + " rows_quarantined", run))
                    .isZero();
            assertThat(number("SELECT rows_read FROM run_input WHERE run_id = ? AND input_name = 'services'", run))
                    .isEqualTo(rowsByLa(data.resolve("services.csv")).get(la));
            assertThat(number("SELECT rows_read FROM run_input WHERE run_id = ? AND input_name = 'comments'", run))
                    .isEqualTo(rowsByLa(data.resolve("comments.csv")).get(la));
            // the quarantine holds exactly the LA's broken rows (a blank line has no LA: it goes national)
            assertThat(number("SELECT sum(rows_quarantined) FROM run_input WHERE run_id = ?", run))
                    .isEqualTo(brokenRowsOf(la));
            assertThat(number("SELECT count(*) FROM sufficiency_cell WHERE run_id = ?", run)).isPositive();
            assertThat(number("SELECT count(*) FROM service WHERE run_id = ?", run)).isPositive();
            assertThat(number("SELECT count(*) FROM comment_anonymised WHERE run_id = ?", run)).isPositive();
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
