package org.provisionlens.jobs.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.db.DatabaseSettings;
import org.provisionlens.db.TestDatabases;
import org.provisionlens.jobs.Launch;
import org.provisionlens.jobs.ProvisionLensJobs;
import org.provisionlens.jobs.PublishedDemo;
import org.provisionlens.jobs.SparkTestSession;

/**
 * The impact command through the real entry point, against Trafford's published demo run. Figures that only the impact
 * model can give (where children go, journeys, cells, costs) are marked "after ImpactModel": the coordinator checks
 * them once the model is merged; every other figure is worked out here by SQL from the published run.
 */
class ImpactCommandTests {

    private static SparkSession spark;
    private static DataSource database;
    private static long runId;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void publishTheDemo() throws SQLException {
        spark = SparkTestSession.start();
        database = TestDatabases.shared().dataSource();
        runId = PublishedDemo.runId(spark, database);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private int impact(String... args) {
        Launch launch = new Launch(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(
                        DatabaseSettings.URL_VARIABLE,
                        TestDatabases.shared().jdbcUrl(),
                        DatabaseSettings.USER_VARIABLE,
                        "postgres"),
                folder);
        String[] line = new String[args.length + 1];
        line[0] = "impact";
        System.arraycopy(args, 0, line, 1, args.length);
        return ProvisionLensJobs.execute(launch, line);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A proposal closing Trafford's autism and communication resourced provision. */
    private Path closure() throws IOException {
        return Files.writeString(folder.resolve("close-rp-comm.yaml"), """
                id: close-rp-comm
                name: Close the autism and communication resourced provision
                effectiveDate: 2026-09-01
                localAuthority: E08000009
                changes:
                  - type: close
                    serviceId: services:S358-RP-COMM
                """);
    }

    private static long sql(String query) {
        return ((Number) new JdbcPublishedRows(database)
                        .query(query, runId)
                        .get(0)
                        .values()
                        .iterator()
                        .next())
                .longValue();
    }

    @Test
    void printsEachProposalAndDoingNothingUnderEachScenario() throws IOException {
        assertThat(impact(closure().toString())).as(errors()).isZero();
        // the run: Trafford's published demo run, review date 31 August 2025, horizon 2025 + 3 = 2028, the demo
        // manifest's 12-mile transport limit
        assertThat(printed())
                .contains("Trafford (E08000009), published run " + runId + ": review date 2025-08-31, forecast to 2028,"
                        + " transport up to 12.0 miles");
        // doing nothing changes nothing: no one affected or moved, no cell worse or better, a saving of £0
        for (String scenario : List.of("low", "central", "high")) {
            assertThat(printed())
                    .containsPattern("do-nothing\\s+" + scenario
                            + "\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0\\s+-\\s+-\\s+0\\s+0\\s+0\\s+£0");
        }
        // affected: the children whose records name the service by its id in its source (the demo's records name it
        // S358-RP-COMM): 115 in child_records.csv
        long placed = sql("SELECT count(*) FROM child_record WHERE run_id = ? AND setting = 'S358-RP-COMM'");
        assertThat(placed).isEqualTo(115);
        assertThat(printed()).containsPattern("close-rp-comm\\s+central\\s+115\\s");
        // after ImpactModel: every one of them moves, goes out of area or is unmet, so the three add up to the 115
        // grown by the central forecast (to be checked by the coordinator against the model's rounding)
    }

    @Test
    void theDemosTwoProposalsRunFromTheCommandLine(@TempDir Path outFolder) throws IOException {
        Path demo = SparkTestSession.demoManifest().resolveSibling("proposals");
        assertThat(impact(
                        "--out",
                        outFolder.toString(),
                        demo.resolve("trafford-cut-communication-resourced-provision.yaml")
                                .toString(),
                        demo.resolve("trafford-open-autism-base-partington.yaml")
                                .toString()))
                .as(errors())
                .isZero();
        // the cut: 116 places x 0.7 = 81.2, rounded down to 81. All 115 children placed in it today are affected; at
        // the horizon they are 115 x growth (rounded once): low 115 x 1.2486 = 143.6 -> 144, central 115 x 1.4143 =
        // 162.6 -> 163, high 115 x 1.6233 = 186.7 -> 187. 81 stay, so 63, 82 and 106 must go: to another suitable local
        // place with room within 12 miles, or out of area when none is left
        Map<String, Integer> mustGo = Map.of("low", 63, "central", 82, "high", 106);
        for (String scenario : List.of("low", "central", "high")) {
            List<String> line = line("trafford-rp-comm-cut-30", scenario);
            assertThat(line.get(2)).as(scenario).isEqualTo("115");
            int moved = Integer.parseInt(line.get(3));
            int outOfArea = Integer.parseInt(line.get(4));
            assertThat(moved + outOfArea).as(scenario).isEqualTo(mustGo.get(scenario));
            // the saving: 35 places cut x £14,000 = £490,000 a year on the service, less the out-of-area places at
            // the demo's independent special school listing's £58,000 a place, plus the transport difference of the
            // children who move (12-mile policy, £2.50 a mile, 380 journeys a year: from the costs table)
            List<String> costs =
                    Files.readAllLines(outFolder.resolve("trafford-rp-comm-cut-30-" + scenario + "-costs.csv"));
            String[] services = costs.get(1).split(",");
            assertThat(services[0]).isEqualTo("Local services");
            assertThat(Double.parseDouble(services[1]) - Double.parseDouble(services[2]))
                    .isEqualTo(490_000.0);
            assertThat(costs.get(2)).isEqualTo("Out-of-area placements (extra),0.0," + (outOfArea * 58000) + ".0");
            String[] transport = costs.get(3).split(",");
            long saving = 490_000L
                    - outOfArea * 58_000L
                    + Math.round(Double.parseDouble(transport[1]) - Double.parseDouble(transport[2]));
            assertThat(line.get(line.size() - 1).replace("*", "")).as(scenario).isEqualTo(pounds(saving));
        }
        // the evidence pack: the supply of suitable places gets worse under every forecast (cells whose places are cut
        // below their forecast demand; children sent out of area)
        assertThat(Files.readString(outFolder.resolve("trafford-rp-comm-cut-30-evidence-pack.html")))
                .contains("<tr><th scope=\"row\">Supply of suitable places</th>\n<td>Worsens</td>\n<td>Worsens</td>\n"
                        + "<td>Worsens</td>\n</tr>");
        // the new base changes no service in use: nobody must move; its 20 places at the proposal's £14,000 a place
        // cost 20 x 14,000 = £280,000 a year; children waiting for a specialist place, or placed out of area, take
        // up at most its 20 places
        for (String scenario : List.of("low", "central", "high")) {
            List<String> line = line("trafford-autism-base-partington", scenario);
            assertThat(line.subList(2, 7)).as(scenario).containsOnly("0");
            int takeUp = Integer.parseInt(line.get(7)) + Integer.parseInt(line.get(8));
            assertThat(takeUp).as(scenario).isBetween(1, 20);
        }
    }

    /** The printed line of a proposal under a scenario, split on its columns. */
    private List<String> line(String proposal, String scenario) {
        return printed()
                .lines()
                .filter(l -> l.startsWith(proposal + " ") && l.split("\\s+")[1].equals(scenario))
                .map(l -> List.of(l.trim().split("\\s+")))
                .findFirst()
                .orElseThrow();
    }

    private static String pounds(long amount) {
        return (amount < 0 ? "-£" : "£") + String.format(java.util.Locale.UK, "%,d", Math.abs(amount));
    }

    @Test
    void oneScenarioPrintsOnlyItsLines() throws IOException {
        assertThat(impact(
                        "--scenario", "central", "--la", "E08000009", closure().toString()))
                .as(errors())
                .isZero();
        assertThat(printed()).contains("close-rp-comm", "central").doesNotContain(" low ", " high ");
    }

    @Test
    void writesTheEvidencePackAndTablesAndSavesTheProposal() throws IOException {
        Path outFolder = folder.resolve("impact");
        assertThat(impact("--out", outFolder.toString(), "--save", closure().toString()))
                .as(errors())
                .isZero();
        assertThat(Files.readString(outFolder.resolve("close-rp-comm-evidence-pack.html")))
                .contains("Close the autism and communication resourced provision");
        // the comparison: a header and one line per scenario
        assertThat(Files.readAllLines(outFolder.resolve("close-rp-comm-comparison.csv")))
                .hasSize(4)
                .first()
                .asString()
                .startsWith("Proposal,Scenario,Children affected,Moved");
        // the children placed in the service today, by home area, need, age and level: 115 in all
        List<String> affected = Files.readAllLines(outFolder.resolve("close-rp-comm-affected.csv"));
        assertThat(affected.get(0)).startsWith("service_id,service_name");
        assertThat(affected.stream()
                        .skip(1)
                        .mapToInt(line -> Integer.parseInt(line.substring(line.lastIndexOf(',') + 1)))
                        .sum())
                .isEqualTo(115);
        for (String scenario : List.of("low", "central", "high")) {
            for (String frame : List.of("cells", "moves", "costs", "range")) {
                assertThat(outFolder.resolve("close-rp-comm-" + scenario + "-" + frame + ".csv"))
                        .exists();
            }
        }
        assertThat(new JdbcPublishedRows(database)
                        .query(
                                "SELECT name, body_format, origin FROM proposal WHERE la_code = ? AND proposal_id = ?",
                                "E08000009",
                                "close-rp-comm"))
                .containsExactly(Map.of(
                        "name", "Close the autism and communication resourced provision",
                        "body_format", "yaml",
                        "origin", "command"));
    }

    @Test
    void aBadProposalFileExitsTwoWithEveryProblem() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.yaml"), """
                id: bad
                name: Bad
                effectiveDate: 2026-09-01
                localAuthority: E08000009
                changes:
                  - type: shut
                    serviceId: services:S358-RP-COMM
                """);
        assertThat(impact(bad.toString())).isEqualTo(2);
        assertThat(errors()).contains("bad.yaml", "/changes/0/type");
    }

    @Test
    void aChangeToAServiceTheRunDoesNotHaveExitsTwoNamingTheChange() throws IOException {
        Path unknown = Files.writeString(folder.resolve("unknown.yaml"), """
                id: unknown-service
                name: Close a service Trafford's run does not have
                effectiveDate: 2026-09-01
                localAuthority: E08000009
                changes:
                  - type: close
                    serviceId: services:NO-SUCH-SERVICE
                """);
        assertThat(impact(unknown.toString())).isEqualTo(2);
        assertThat(errors()).contains("change 1", "services:NO-SUCH-SERVICE");
    }

    @Test
    void anLaWithNoPublishedRunExitsOneSayingSo() throws IOException {
        Path city = Files.writeString(folder.resolve("city.yaml"), """
                id: city
                name: City of London change
                effectiveDate: 2026-09-01
                localAuthority: E09000001
                changes:
                  - type: transport
                    maxMiles: 5
                """);
        assertThat(impact(city.toString())).isEqualTo(1);
        assertThat(errors()).contains("No review run is published for E09000001");
    }
}
