package org.provisionlens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.TestDatabases;

/**
 * Every command run for real through the entry point {@code main} uses, with the test database named the way a
 * council names its own (PROVISION_LENS_DB_URL) and this class's Spark session, which the commands borrow.
 */
class CommandLineTests {

    private static SparkSession spark;
    private static Map<String, String> environment;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void startSparkAndTheDatabase() {
        spark = SparkTestSession.start();
        environment = Map.of(
                DatabaseSettings.URL_VARIABLE,
                TestDatabases.shared().jdbcUrl(),
                DatabaseSettings.USER_VARIABLE,
                "postgres");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private int execute(String... args) {
        Launch launch = new Launch(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                environment,
                folder);
        return ProvisionLensJobs.execute(launch, args);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The three inputs a review run needs, from the demo data: Trafford's schools, plans and LSOA population. */
    private Path smallManifest() throws IOException {
        Path demo = SparkTestSession.demoManifest().getParent();
        return Files.writeString(folder.resolve("small.json"), """
                {"name": "Command line test", "localAuthority": "E08000009", "timePeriod": "202425", "inputs": {
                  "schools": {"format": "trafford-schools-csv", "path": "%s"},
                  "ehcPlansByNeedAndSetting": {"format": "dfe-ehc-plan-needs-csv", "path": "%s"},
                  "population": {"format": "ons-lsoa-population-csv", "path": "%s"}}}
                """.formatted(
                        demo.resolve("trafford/trafford_schools_and_colleges.csv"),
                        demo.resolve("dfe/sen_needs_all_plans_trafford.csv"),
                        demo.resolve("trafford/mid-year_2024_population_estimates_lsoa.csv")));
    }

    @Test
    void validateOfAManifestPrintsEachInputsRowsAndExitsDone() throws IOException {
        Path quarantine = folder.resolve("quarantine.csv");
        assertThat(execute("validate", smallManifest().toString(), "--quarantine-out", quarantine.toString()))
                .as(errors())
                .isZero();
        // the same counts as the demo run's: 103 schools, 82 Trafford plan rows, 139 LSOAs x 3 = 417 population rows
        assertThat(printed())
                .containsPattern("schools\\s+trafford-schools-csv\\s+103\\s+103\\s+0")
                .containsPattern("ehcPlansByNeedAndSetting\\s+dfe-ehc-plan-needs-csv\\s+82\\s+82\\s+0")
                .containsPattern("population\\s+ons-lsoa-population-csv\\s+417\\s+417\\s+0")
                .contains("Quarantine: 0 entries (0 rows)", "Nothing was published.");
        assertThat(Files.readAllLines(quarantine)).containsExactly("input_name,file,line,pointer,field,value,reason");
    }

    @Test
    void validateOfOneFileWithBadRowsExitsThreeAndWritesTheQuarantine() throws IOException {
        Path quarantine = folder.resolve("schools-quarantine.csv");
        int status = execute(
                "validate",
                "--format",
                "trafford-schools-csv",
                "--file",
                "src/test/resources/fixtures/schools-with-problems.csv",
                "--quarantine-out",
                quarantine.toString());
        assertThat(status).as(errors()).isEqualTo(3);
        // 7 rows: 3 accepted, 4 quarantined with 10 entries between them (see ValidateCommandTests)
        assertThat(printed())
                .containsPattern("schools-with-problems.csv\\s+trafford-schools-csv\\s+7\\s+3\\s+4")
                .contains("Quarantine: 10 entries (4 rows)");
        assertThat(Files.readAllLines(quarantine)).hasSize(1 + 10);
    }

    @Test
    void generateWritesTraffordsFilesWithItsPublishedPlans() throws IOException {
        Path generated = folder.resolve("trafford");
        assertThat(execute("generate", "--la", "E08000009", "--seed", "42", "--out", generated.toString()))
                .as(printed())
                .isZero();
        for (String file : List.of(
                "child_records.csv",
                "services.csv",
                "comments.csv",
                "manifest.json",
                "broken_rows.csv",
                "calibration.md")) {
            assertThat(generated.resolve(file)).isRegularFile();
        }
        // Trafford's 3,143 EHC plans in 2024/25 (sen_needs_all_plans.csv, "All EHC plans"), one row each
        try (var lines = Files.lines(generated.resolve("child_records.csv"))) {
            assertThat(lines.filter(line -> line.contains(",EHC plan,")).count())
                    .isEqualTo(3143);
        }
        assertThat(printed()).contains("EHC plans 3143");
        // no broken rows asked for: broken_rows.csv is its header alone
        assertThat(Files.readAllLines(generated.resolve("broken_rows.csv"))).hasSize(1);
    }

    @Test
    void runPublishesAndExportTakesItsTablesAway() throws IOException {
        assertThat(execute("run", smallManifest().toString())).as(errors()).isZero();
        Matcher published = Pattern.compile("Review run (\\d+): published").matcher(printed());
        assertThat(published.find()).as(printed()).isTrue();
        String run = published.group(1);

        Path cells = folder.resolve("specialist.csv");
        assertThat(execute("export", "--table", "specialist_sufficiency", "--run", run, "--out", cells.toString()))
                .as(errors())
                .isZero();
        List<String> rows = Files.readAllLines(cells);
        assertThat(rows.get(0))
                .isEqualTo("provision_kind,provision_label,display_order,settings_in_area,settings_capacity_unknown,"
                        + "places_known,capacity_status,plans_placed,gap,occupancy_pct,outside_own_provision");
        // six kinds of specialist provision; state special schools: 8 settings, 1 of unknown capacity, 932 known
        // places, 821 plans, gap 821 - 932 = -111, occupancy 821 / 932 = 88.1% (worked out in DemoReviewRunTests)
        assertThat(rows).hasSize(1 + 6);
        assertThat(rows)
                .anySatisfy(row -> assertThat(row)
                        .startsWith("STATE_SPECIAL_SCHOOL,")
                        .contains(",8,1,932,partial,821,-111,88.1,"));
        assertThat(printed()).contains("6 rows of specialist_sufficiency (run " + run + ") written to");

        // to standard output, the LA's published run: this one, the latest for Trafford
        out.reset();
        assertThat(execute("export", "--table", "run_input", "--la", "E08000009"))
                .as(errors())
                .isZero();
        assertThat(printed().lines().toList())
                .hasSize(1 + 3)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("schools,trafford-schools-csv,")
                        .endsWith(",103,103,0,0,0")); // read, accepted, quarantined, out of scope, with findings
    }

    @Test
    void anonymiseReplacesNamesAndPhoneNumbersWithPlaceholders() throws IOException {
        Path in = Files.writeString(
                folder.resolve("comments.csv"),
                "id,date,text\n"
                        + "c1,2025-03-01,\"My son Jack has waited 14 months for SALT, call me on 07700 900123\"\n"
                        + "c2,2025-03-02,The short breaks team were brilliant.\n");
        Path anonymised = folder.resolve("anonymised.csv");
        assertThat(execute("anonymise", "--in", in.toString(), "--out", anonymised.toString()))
                .as(errors())
                .isZero();
        assertThat(Files.readAllLines(anonymised))
                .containsExactly(
                        "id,anonymised_text,held_for_review,reasons",
                        "c1,\"My son [CHILD 1] has waited 14 months for SALT, call me on [PHONE 1]\",false,",
                        "c2,The short breaks team were brilliant.,false,");
        assertThat(printed()).contains("2 comments anonymised, 0 skipped");
    }

    @Test
    void themeFindsTheStandardThemesAndACouncilsOwn() throws IOException {
        Path in = Files.writeString(
                folder.resolve("comments.csv"),
                "id,text\n" + "c1,The short breaks team were brilliant.\n"
                        + "p1,There is never any parking at the school.\n");
        Path taxonomy = Files.writeString(
                folder.resolve("our-themes.txt"), "theme parking Parking at settings\n  parking, car park, drop off\n");
        Path themes = folder.resolve("themes.csv");
        assertThat(execute(
                        "theme", "--in", in.toString(), "--out", themes.toString(), "--taxonomy", taxonomy.toString()))
                .as(errors())
                .isZero();
        List<String> lines = Files.readAllLines(themes);
        assertThat(lines.get(0)).isEqualTo("id,theme,stance,evidence");
        assertThat(lines).anyMatch(line -> line.startsWith("c1,short_breaks,positive,"));
        assertThat(lines).anyMatch(line -> line.startsWith("p1,parking,negative,"));
    }

    @Test
    void anUnknownCommandOrAMissingOptionIsBadUsageWithAMessage() throws IOException {
        assertThat(execute("publish", "x.json")).isEqualTo(2);
        assertThat(errors()).contains("Unmatched arguments from index 0: 'publish', 'x.json'");
        err.reset();
        assertThat(execute("export", "--la", "E08000009")).isEqualTo(2);
        assertThat(errors()).contains("Missing required option: '--table=TABLE'", "Usage: provision-lens-jobs export");
        err.reset();
        assertThat(execute("export", "--table", "service", "--la", "E08000009", "--run", "1"))
                .isEqualTo(2);
        assertThat(errors()).contains("--la=CODE, --run=N are mutually exclusive");
        err.reset();
        assertThat(execute("validate")).isEqualTo(2);
        assertThat(errors()).contains("give a manifest, or --format and --file");
        err.reset();
        assertThat(execute("run", folder.resolve("no-such.json").toString())).isEqualTo(2);
        assertThat(errors()).contains("no-such.json");
        err.reset();
        assertThat(execute("theme", "--in", "x.csv", "--out", "y.csv", "--taxonomy", "none.txt"))
                .isEqualTo(2);
        assertThat(errors()).contains("the taxonomy file none.txt does not exist");
        err.reset();
        assertThat(execute()).isEqualTo(2);
        assertThat(errors()).contains("Give a command.", "Commands:", "anonymise");
    }

    @Test
    void topLevelHelpListsEveryCommandAndTheExitCodes() {
        assertThat(execute("--help")).isZero();
        assertThat(printed())
                .contains("Usage: provision-lens-jobs", "run", "validate", "generate", "export", "anonymise", "theme")
                .contains("Exit codes:")
                .containsPattern("0\\s+done")
                .containsPattern("3\\s+done, with quarantined rows")
                .containsPattern("4\\s+refused: another review run for the same LA is in progress");
        out.reset();
        assertThat(execute("--version")).isZero();
        assertThat(printed()).startsWith("Provision Lens jobs ");
    }
}
