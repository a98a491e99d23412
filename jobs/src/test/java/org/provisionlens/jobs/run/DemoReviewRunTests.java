package org.provisionlens.jobs.run;

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
import org.provisionlens.db.TestDatabases;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.exit.ExitCode;
import org.provisionlens.jobs.manifest.RunManifest;

/**
 * The demo review run, end to end on the real Trafford files, into a real PostgreSQL. Every expected figure is worked
 * out by hand from the files in jobs/demo-data, and the arithmetic is written beside it. The demo runs once, before
 * all the tests; each test only reads that run, or makes and checks runs of its own, so they pass in any order.
 */
class DemoReviewRunTests {

    private static final String PUBLISHED_TRAFFORD =
            "SELECT la_code, run_id::text FROM published_run WHERE la_code =" + " 'E08000009'";

    private static SparkSession spark;
    private static DataSource database;
    private static RunOutcome demo;
    /** The published run of Trafford just after the demo run, before any test made runs of its own. */
    private static Map<String, String> publishedAfterDemo;

    @TempDir
    static Path folder;

    @BeforeAll
    static void runTheDemo() throws SQLException {
        spark = SparkTestSession.start();
        database = TestDatabases.shared().dataSource();
        demo = run(RunManifest.read(SparkTestSession.demoManifest()));
        publishedAfterDemo = query(PUBLISHED_TRAFFORD);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static RunOutcome run(RunManifest manifest) {
        return new ReviewRun(
                        spark, database, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(manifest);
    }

    @Test
    void publishesTheRunWithEveryInputReconciled() throws SQLException {
        assertThat(demo.exitStatus()).isEqualTo(RunOutcome.PUBLISHED);
        assertThat(query("SELECT status, la_name FROM review_run WHERE run_id = " + demo.runId()))
                .containsEntry("published", "Trafford");
        assertThat(publishedAfterDemo)
                .containsExactly(Map.entry("E08000009", demo.runId().toString()));
        // schools: 103 schools and colleges, all in Trafford (358); plans: 82 Trafford rows of 2024/25, all in scope;
        // population: 139 LSOAs x (Persons, Females, Males) = 417 rows, of which the 278 Females and Males rows are
        // out of scope; the other inputs have as many rows as their files have lines after the header (wc -l - 1):
        // caseload 1,370 (Trafford, England and every LA's all-plans rows), MSOA boundaries 28, LA population 3,
        // centroids 139, generated children 9,343,
        // services 14, comments 400 (some with line breaks inside quotes, so counted as records, not lines), NHS
        // waiting lists 316, sub-ICB lookup 106.
        assertThat(query("SELECT input_name, rows_read || '/' || rows_accepted || '/' || rows_quarantined || '/'"
                        + " || rows_out_of_scope FROM run_input WHERE run_id = " + demo.runId()))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("schools", "103/103/0/0"),
                        Map.entry("ehcPlansByNeedAndSetting", "82/82/0/0"),
                        Map.entry("population", "417/417/0/278"),
                        Map.entry("ehcPlanCaseload", "1370/1370/0/0"),
                        Map.entry("msoaBoundaries", "28/28/0/0"),
                        Map.entry("populationLa", "3/3/0/0"),
                        Map.entry("lsoaCentroids", "139/139/0/0"),
                        Map.entry("children", "9343/9343/0/0"),
                        Map.entry("services", "14/14/0/0"),
                        Map.entry("serviceFunding", "14/14/0/0"),
                        Map.entry("comments", "400/400/0/0"),
                        // NHS waits: Greater Manchester ICB, England and Manchester University NHS FT (the manifest's
                        // nhsProviders) 40 rows each; the other five provider trusts' 236 - 40 = 196 rows out of scope
                        Map.entry("communityWaitingLists", "316/316/0/196"),
                        // ONS's sub-ICB lookup: 106 places, all published
                        Map.entry("nhsGeography", "106/106/0/0"),
                        // the demo's consultation register: 15 activities, all in the format
                        Map.entry("consultationRegister", "15/15/0/0")));
        assertThat(query("SELECT 'children', count(*)::text FROM child_record WHERE run_id = " + demo.runId()))
                .containsEntry("children", "9343");
        assertThat(query("SELECT 'comments', count(*)::text FROM comment_received WHERE run_id = " + demo.runId()))
                .containsEntry("comments", "400");
        assertThat(query("SELECT 'centroids', count(*)::text FROM lsoa_centroid WHERE run_id = " + demo.runId()))
                .containsEntry("centroids", "139");
        // Trafford's EHC plans each January, 2019-2025, from the caseload file: 1788, ..., 3143
        assertThat(query("SELECT time_period, value::text FROM demand_statistic WHERE run_id = " + demo.runId()
                        + " AND area_code = 'E08000009' AND indicator = 'ehcplans'"
                        + " AND filters = 'breakdown_topic=All EHC plans;breakdown=All EHC plans'"))
                .containsEntry("201819", "1788")
                .containsEntry("202425", "3143");
    }

    @Test
    void computesTraffordsSpecialistSufficiencyFromTheRealFiles() throws SQLException {
        Map<String, String> rows = query("SELECT provision_kind, settings_in_area || ' settings, '"
                + " || settings_capacity_unknown || ' unknown, ' || places_known || ' places (' || capacity_status"
                + " || '), ' || coalesce(plans_placed::text, 'c') || ' plans, gap ' || coalesce(gap::text, 'unknown')"
                + " || ', occupancy ' || coalesce(occupancy_pct::text, 'unknown') FROM specialist_sufficiency"
                + " WHERE run_id = " + demo.runId());
        // State-funded special schools: St John Vianney 160, Brentwood 120, Delamere 110, Egerton NA, Manor Academy
        // Sale 200, Pictor Academy 121, The Orchards 140, Longford Park 81 = 8 settings, 1 unknown,
        // 160+120+110+200+121+140+81 = 932 known places. Plans: Special - LA maintained 328 + Academy/free 493 = 821.
        // Gap 821 - 932 = -111 (at least 111 spare); occupancy 821 / 932 = 88.09% -> 88.1 (at most).
        assertThat(rows.get("STATE_SPECIAL_SCHOOL"))
                .isEqualTo("8 settings, 1 unknown, 932 places (partial), 821 plans, gap -111, occupancy 88.1");
        // SEN units: Firs, Wellfield Junior, Wellfield Infant, Acre Hall, Barton Clough and Moorlands (unit and
        // resourced provision) = 6; the listing gives no unit capacity. Plans: LA maintained (SEN unit) 50 + academy
        // (SEN unit) 53 = 103.
        assertThat(rows.get("SEN_UNIT"))
                .isEqualTo("6 settings, 6 unknown, 0 places (unknown), 103 plans, gap unknown, occupancy unknown");
        // Resourced provision: All Saints', Lostock, Sale High, Wellington, Moorlands = 5. Plans: 29 + 22 = 51.
        assertThat(rows.get("RESOURCED_PROVISION"))
                .isEqualTo("5 settings, 5 unknown, 0 places (unknown), 51 plans, gap unknown, occupancy unknown");
        // Specialist post-16: Brentwood Community College (7901, ages 19-23) 24 places; 48 plans;
        // gap 48 - 24 = 24; occupancy 48 / 24 = 200.0%.
        assertThat(rows.get("SPECIALIST_POST_16"))
                .isEqualTo("1 settings, 0 unknown, 24 places (complete), 48 plans, gap 24, occupancy 200.0");
        // Independent special schools in Trafford: Fairfield House 12 + Changing Lives 40 = 52; 59 plans;
        // gap 59 - 52 = 7; occupancy 59 / 52 = 113.46% -> 113.5.
        assertThat(rows.get("INDEPENDENT_SPECIAL_SCHOOL"))
                .isEqualTo("2 settings, 0 unknown, 52 places (complete), 59 plans, gap 7, occupancy 113.5");
        // No non-maintained special school in Trafford: all 82 plans are placed elsewhere.
        assertThat(rows.get("NON_MAINTAINED_SPECIAL_SCHOOL"))
                .isEqualTo("0 settings, 0 unknown, 0 places (none_in_area), 82 plans, gap 82, occupancy unknown");
    }

    @Test
    void publishesTheHeadlineFigures() throws SQLException {
        // All EHC plans 3,143. Specialist: 821 + 103 + 51 + 48 + 59 + 82 = 1,164. Outside own provision (independent
        // and non-maintained special schools): 59 + 82 = 141. Population aged 0-25, the sum of ages 0..25 over the 139
        // LSOAs, equals the ONS LA total 2169+2313+2474+2663+2809+3159+3119+3310+3481+3419+3578+3554+3650+3735+3378
        // +3419+3334+3173+2892+1918+1734+1804+2436+2476+2765+2811 = 75,573.
        assertThat(query("SELECT la_name, old_la_code || ' ' || time_period || ' ' || ehc_plans || ' ' ||"
                        + " specialist_plans || ' ' || plans_outside_own || ' ' || population_0_25 || ' ' ||"
                        + " population_year FROM review_headline WHERE run_id = " + demo.runId()))
                .containsEntry("Trafford", "358 202425 3143 1164 141 75573 mid-2024");
        assertThat(query("SELECT count(DISTINCT area_code)::text, sum(persons)::text FROM area_population"
                        + " WHERE geography = 'LSOA' AND run_id = " + demo.runId()))
                .containsEntry("139", "75573");
    }

    @Test
    void breaksPlansDownByPrimaryNeed() throws SQLException {
        // ASD in state-funded special schools: Special - LA maintained 119 + Academy/free 143 = 262.
        // SLCN in SEN units: LA maintained (SEN unit) 35 + academy (SEN unit) 34 = 69.
        assertThat(query("SELECT provision_kind || ' ' || need_code, plans::text FROM specialist_demand_by_need"
                        + " WHERE run_id = " + demo.runId()))
                .containsEntry("STATE_SPECIAL_SCHOOL ASD", "262")
                .containsEntry("SEN_UNIT SLCN", "69")
                .containsEntry("NON_MAINTAINED_SPECIAL_SCHOOL SEMH", "21");
        // Each kind's needs add up to its plans: 119+0+7+0+0+5+41+53+34+61+5+3+0 = 328 and
        // 143+5+44+0+1+8+17+78+166+20+10+0+1 = 493; 328 + 493 = 821.
        assertThat(query("SELECT provision_kind, sum(plans)::text FROM specialist_demand_by_need WHERE run_id = "
                        + demo.runId() + " GROUP BY provision_kind"))
                .containsEntry("STATE_SPECIAL_SCHOOL", "821")
                .containsEntry("INDEPENDENT_SPECIAL_SCHOOL", "59");
    }

    @Test
    void publishesTheSchoolsAsEducationServicesOfTheOffer() throws SQLException {
        // 103 schools and colleges, none listed twice. Specialist: 8 state-funded special schools, 1 specialist post-16
        // college, 2 independent special schools = 11 settings; and the units and resourced provisions of mainstream
        // schools as services of their own: 6 SEN units (Firs, Wellfield Junior, Wellfield Infant, Acre Hall, Barton
        // Clough, Moorlands) + 5 resourced provisions (All Saints', Lostock, Sale High, Wellington, Moorlands) = 11;
        // 11 + 11 = 22. Universal: the 103 - 11 = 92 other schools. 92 + 22 = 114 services, one source each.
        String schools = " AND service_id LIKE 'schools:%'";
        assertThat(query("SELECT tier, count(*)::text FROM service WHERE run_id = " + demo.runId() + schools
                        + " GROUP BY tier"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SPECIALIST", "22", "UNIVERSAL", "92"));
        // a unit's places are not its school's: Firs Primary's SEN unit has no capacity in the listing
        assertThat(query("SELECT name, coalesce(capacity::text, 'unknown') FROM service WHERE run_id = " + demo.runId()
                        + " AND service_id = 'schools:106303:sen-unit'"))
                .containsEntry("Firs Primary School (SEN unit)", "unknown");
        assertThat(query("SELECT max(merged_from)::text, count(*)::text FROM service_source s JOIN service v USING"
                        + " (run_id, service_id) WHERE run_id = " + demo.runId() + schools))
                .containsEntry("1", "114");
        assertThat(query("SELECT name, capacity || ' ' || capacity_unit || ' ' || min_age || '-' || max_age FROM"
                        + " service WHERE run_id = " + demo.runId() + " AND urn = '106391'"))
                .containsEntry("Brentwood School", "120 PLACES 11-19");
    }

    @Test
    void forecastsTraffordsPlansFromTheModelTheBackTestChose() throws SQLException {
        // rolling-origin back-test of every LA's all-plans series (origins 2021-2024, 1-3 years ahead), worked out
        // independently (a separate script on the demo's caseload file, the same figures as core's
        // RollingBacktestRealDataTests): at the 2022 origin 150 LAs were scored; median error naive drift 6.57%, last
        // value x (own growth blended 0.25 with regional growth) 4.67%; the blend is chosen (lowest mean of median
        // errors, 4.30%, among the models whose intervals hold what they claim)
        assertThat(query("SELECT model, las || ' ' || median_error::numeric(6,2) || ' ' || chosen FROM"
                        + " forecast_backtest_origin WHERE run_id = " + demo.runId()
                        + " AND origin = 2022 AND horizon = 0"))
                .containsEntry("NAIVE_DRIFT", "150 6.57 false")
                .containsEntry("BLEND_REGIONAL", "150 4.67 true");
        // Newham's 2025 fall (2,705 to 1,199, log change -0.81 against a median of +0.10) is a data break
        assertThat(query("SELECT la_code || ' ' || year, la_name FROM forecast_break WHERE run_id = " + demo.runId()))
                .containsEntry("E09000025 2025", "Newham")
                .containsEntry("E06000018 2024", "Nottingham");
        // Trafford 2025: 3143; own growth (3143 / 1788)^(1/6) = 1.098574; North West growth: the mean of its last three
        // log changes (2022-2025) = ln 1.130560; weight 0.25 on own growth (chosen on 2020-2024's one-year-ahead
        // errors): exp(0.25 ln 1.098574 + 0.75 ln 1.130560) = 1.122478 a year; 2026: 3143 x 1.122478 = 3527.95,
        // 2028: 3143 x 1.122478^3 = 4445.05, 2030: 3143 x 1.122478^5 = 5600.57
        assertThat(query("SELECT year::text, value::text FROM demand_forecast WHERE run_id = " + demo.runId()
                        + " AND series = 'All EHC plans' AND kind = 'forecast'"))
                .containsEntry("2026", "3527.95")
                .containsEntry("2028", "4445.05")
                .containsEntry("2030", "5600.57");
        // the LA's education specialist cell (all needs, all ages): the plans placed in a specialist setting or
        // waiting, 1,318 (see specialistDemandIsPlacementsAndWaits), none on SEN support, growth to 2028
        // 4445.05 / 3143 = 1.4143; the universal cell counts those in mainstream settings: plans in mainstream 1,194 +
        // FE college 480 + training provider 38 + early years 3 = 1,715, and on SEN support 6,000 + 200 = 6,200
        assertThat(query("SELECT tier, ehc_plans || ' ' || sen_support || ' ' || growth FROM sufficiency_cell WHERE"
                        + " run_id = " + demo.runId() + " AND area_level = 'LA' AND need_code = 'ALL' AND age_band ="
                        + " 'ALL' AND domain = 'EDUCATION'"))
                .containsEntry("SPECIALIST", "1318 0 1.4143")
                .containsEntry("UNIVERSAL", "1715 6200 1.4143");
        // every locality cell adds up to its LA cell: counts exactly; capacities (stored to 2 decimal places, each
        // rounded on its own) to within half a hundredth per locality cell
        assertThat(query("SELECT 'mismatches', count(*)::text FROM (SELECT l.need_code, l.age_band, l.domain, l.tier"
                        + " FROM sufficiency_cell l JOIN sufficiency_cell c USING (run_id, need_code, age_band, domain,"
                        + " tier) WHERE l.run_id = " + demo.runId() + " AND l.area_level = 'LA' AND c.area_level ="
                        + " 'LOCALITY' GROUP BY 1, 2, 3, 4, l.demand, l.ehc_plans, l.out_of_area, l.within_reach,"
                        + " l.capacity HAVING l.demand <> sum(c.demand) OR l.ehc_plans <> sum(c.ehc_plans)"
                        + " OR l.out_of_area <> sum(c.out_of_area) OR l.within_reach <> sum(c.within_reach)"
                        + " OR (l.capacity IS NULL) <> (sum(c.capacity) IS NULL)"
                        + " OR abs(l.capacity - sum(c.capacity)) > 0.005 * count(*)) m"))
                .containsEntry("mismatches", "0");
        // 139 LSOAs in 28 localities (Trafford's MSOAs)
        assertThat(query("SELECT count(DISTINCT locality_code)::text, count(*)::text FROM locality_lsoa WHERE run_id = "
                        + demo.runId()))
                .containsEntry("28", "139");
        // the offer says nothing of how to request an EHC needs assessment, transport or complaints (the three most
        // important categories, in paragraph order 4, 9, 11): those are the first fixes
        assertThat(query("SELECT priority::text, what FROM audit_fix WHERE run_id = " + demo.runId()
                        + " AND priority <= 3"))
                .containsEntry(
                        "1",
                        "Add to the offer: Identifying and assessing SEN: how to request an EHC needs"
                                + " assessment; personal budgets")
                .containsEntry("2", "Add to the offer: Transport arrangements and how to request them")
                .containsEntry(
                        "3",
                        "Add to the offer: Complaints, disagreement resolution, mediation and tribunal" + " appeals");
    }

    @Test
    void auditsTraffordsOfferOnWhatItSaysNotOnKeywords() throws SQLException {
        // paragraph: elements met of elements = score (before the element check: 51, 100, 52, 0, 52, 75, 50, 50, 0,
        // 50, 0, 67, 0). 1: all but PRUs and alternative provision, 5/6 = 83; 2: no specialist post-16 outside the
        // area, 2/3 = 67; 3: no word on how SEN is funded, 3/4 = 75; 5: no school listing says how it teaches, adapts
        // its curriculum, ... (a website is not enough), 0/9; 6: no nursing, 3/4 = 75; 7: short breaks only, 1/5 = 20;
        // 8: supported internships only, 1/4 = 25; 10: SENDIASS only (no forum, groups, childcare, leisure), 1/5 = 20;
        // 12: 8 of 122 education listings state eligibility (the generated ISS, 3 resourced provisions, Portage,
        // sensory support, SEMH outreach and SENDIASS; not the 114 from the schools list), the other domains' all do,
        // 3/4 = 75
        assertThat(query("SELECT paragraph::text, elements_met || '/' || elements || ' = ' || score FROM audit_category"
                        + " WHERE run_id = " + demo.runId() + " ORDER BY audit_category.paragraph"))
                .containsExactly(
                        Map.entry("1", "5/6 = 83"),
                        Map.entry("2", "2/3 = 67"),
                        Map.entry("3", "3/4 = 75"),
                        Map.entry("4", "0/3 = 0"),
                        Map.entry("5", "0/9 = 0"),
                        Map.entry("6", "3/4 = 75"),
                        Map.entry("7", "1/5 = 20"),
                        Map.entry("8", "1/4 = 25"),
                        Map.entry("9", "0/4 = 0"),
                        Map.entry("10", "1/5 = 20"),
                        Map.entry("11", "0/4 = 0"),
                        Map.entry("12", "3/4 = 75"),
                        Map.entry("13", "0/1 = 0"));
        assertThat(query("SELECT element, phrase FROM audit_element_evidence WHERE run_id = " + demo.runId()
                        + " AND element IN ('short-breaks', 'ias-service')"))
                .containsEntry("short-breaks", "short break")
                .containsEntry("ias-service", "sendiass");
        // 128 listings (114 from the schools list + 14 generated services); the 114 built from the schools list give
        // no phone number and no address line
        assertThat(query("SELECT count(*)::text, sum((NOT offline_route)::int)::text FROM audit_listing WHERE run_id = "
                        + demo.runId()))
                .containsEntry("128", "114");
    }

    @Test
    void exportsAnyTableOfThePublishedRunAsCsv() throws IOException {
        Path file = folder.resolve("forecast.csv");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var status = new org.provisionlens.jobs.export.ExportCommand(
                        database,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("demand_forecast", null, demo.runId(), file);
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.DONE);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("area_code,series,year,kind,value,low80,high80,low95,high95,model");
        assertThat(lines)
                .contains(
                        "E08000009,All EHC plans,2019,actual,1788.00,,,,,",
                        "E08000009,All EHC plans,2026,forecast,3527.95,3326.50,3757.64,3207.01,3911.21,BLEND_REGIONAL");
        // an unpublished run cannot be exported
        var refused = new org.provisionlens.jobs.export.ExportCommand(
                        database,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("audit_fix", null, 999999L, null);
        assertThat(refused).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("run 999999 is not a published run");
    }

    @Test
    void everyExportableTableExportsFromTheDemoRun() throws IOException {
        var err = new ByteArrayOutputStream();
        var export = new org.provisionlens.jobs.export.ExportCommand(
                database,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        for (String table : org.provisionlens.jobs.export.ExportCommand.tableNames()) {
            Path file = folder.resolve(table + ".csv");
            assertThat(export.run(table, null, demo.runId(), file))
                    .as(table + ": " + err.toString(StandardCharsets.UTF_8))
                    .isEqualTo(ExitCode.DONE);
            assertThat(Files.readAllLines(file)).as(table).isNotEmpty();
        }
        // the place forecast: a header and one row per SCAP type (special school, unit or resourced provision,
        // alternative provision); 6 years (2025-2030) x 3 types x 15 year groups (Reception to Year 14) = 270 cells
        assertThat(Files.readAllLines(folder.resolve("place_forecast_type.csv")))
                .hasSize(1 + 3);
        assertThat(Files.readAllLines(folder.resolve("place_forecast_cell.csv")))
                .hasSize(1 + 270);
    }

    @Test
    void anonymisesAndThemesEveryCommentAndKeepsRawTextOnlyInTheRestrictedTable() throws SQLException {
        // the 400 generated comments: all anonymised; the planted 07700 900xxx numbers (Ofcom's drama range) are in
        // the raw text but replaced in every anonymised one
        assertThat(query("SELECT 'anonymised', count(*)::text FROM comment_anonymised WHERE run_id = " + demo.runId()))
                .containsEntry("anonymised", "400");
        assertThat(query("SELECT 'raw', (count(*) > 0)::text FROM comment_received WHERE run_id = " + demo.runId()
                        + " AND text LIKE '%07700 900%'"))
                .containsEntry("raw", "true");
        assertThat(query("SELECT 'anonymised', count(*)::text FROM comment_anonymised WHERE run_id = " + demo.runId()
                        + " AND anonymised_text LIKE '%07700 900%'"))
                .containsEntry("anonymised", "0");
        assertThat(query("SELECT 'themed', (count(DISTINCT comment_id) > 300)::text FROM comment_theme WHERE run_id = "
                        + demo.runId()))
                .containsEntry("themed", "true");
        // 90 comments name a service by its id (S358-SALT, ...) and 232 give an area: every one of them is linked
        assertThat(query("SELECT kind || ' ' || how, count(*)::text FROM comment_link WHERE run_id = " + demo.runId()
                        + " AND how = 'reference' GROUP BY 1"))
                .containsEntry("service reference", "90")
                .containsEntry("area reference", "232");
    }

    @Test
    void mergesADirectoryListingOfTheSameServiceWithTheSchoolsListingVisibly() throws IOException, SQLException {
        Path demoFolder = SparkTestSession.demoManifest().getParent();
        String manifest = Files.readString(SparkTestSession.demoManifest())
                .replace("\"path\": \"", "\"path\": \"" + demoFolder + "/")
                .replace("\"proposals/", "\"" + demoFolder + "/proposals/")
                .replace(
                        "\"inputs\": {",
                        "\"inputs\": {\n    \"directory\": {\"format\": \"oruk-json\", \"path\": \""
                                + Path.of("src/test/resources/fixtures/trafford-directory.json")
                                        .toAbsolutePath() + "\"},");
        RunOutcome withDirectory = run(RunManifest.read(Files.writeString(folder.resolve("directory.json"), manifest)));
        assertThat(withDirectory.exitStatus()).isEqualTo(RunOutcome.PUBLISHED);
        long run = withDirectory.runId();
        // 114 school and unit services + 14 generated services + 2 directory services, of which "Brentwood School "
        // at "m33 4gy" is the school listed at M33 4GY: 130 listings make 129 services, one merged from 2 listings
        assertThat(query("SELECT count(*)::text, sum(merged_from)::text FROM service WHERE run_id = " + run))
                .containsEntry("129", "130");
        assertThat(query("SELECT input_name, source_id FROM service_source WHERE run_id = " + run
                        + " AND service_id = 'directory:dir-brentwood'"))
                .isEmpty();
        assertThat(query("SELECT input_name, source_id FROM service_source WHERE run_id = " + run
                        + " AND service_id = 'schools:106391' ORDER BY input_name"))
                .containsExactly(Map.entry("directory", "dir-brentwood"), Map.entry("schools", "106391"));
        // the merged service keeps the school listing's fields and takes what only the directory gives
        assertThat(query("SELECT email, array_to_string(needs, ',') FROM service WHERE run_id = " + run
                        + " AND service_id = 'schools:106391'"))
                .containsEntry("admin@brentwood.example.org", "ASD,SLD");
    }

    @Test
    void reRunningTheSameInputsGivesTheSameResultsAndHashWithoutDuplicates() throws SQLException {
        RunOutcome again = run(RunManifest.read(SparkTestSession.demoManifest()));
        assertThat(again.exitStatus()).isEqualTo(RunOutcome.PUBLISHED);
        assertThat(query("SELECT count(DISTINCT inputs_sha256)::text, count(*)::text FROM review_run WHERE run_id IN ("
                        + demo.runId() + ", " + again.runId() + ")"))
                .containsEntry("1", "2");
        for (String table : List.of(
                "specialist_sufficiency",
                "specialist_demand_by_need",
                "specialist_setting",
                "area_population",
                "service",
                "service_source",
                "run_input")) {
            // the same rows (run id aside) in both runs: nothing in one that is not in the other, and as many rows
            String rows = "SELECT regexp_replace((t.*)::text, '^\\(\\d+,', '(') FROM " + table + " t WHERE run_id = ";
            assertThat(query("SELECT count(*)::text, 'differences' FROM ((" + rows + demo.runId() + ") EXCEPT ALL ("
                            + rows + again.runId() + ")) d"))
                    .as(table)
                    .containsEntry("0", "differences");
            Map<String, String> counts = query("SELECT count(*) FILTER (WHERE run_id = " + demo.runId()
                    + ")::text, count(*) FILTER (WHERE run_id = " + again.runId() + ")::text FROM " + table);
            counts.forEach((first, second) ->
                    assertThat(first).as(table).isEqualTo(second).isNotEqualTo("0"));
        }
        // the re-run is now the published one
        assertThat(query(PUBLISHED_TRAFFORD))
                .containsExactly(Map.entry("E08000009", again.runId().toString()));
    }

    @Test
    void aRunWithABrokenInputFailsAndTheLastPublishedRunStands() throws IOException, SQLException {
        Path demoFolder = SparkTestSession.demoManifest().getParent();
        Path brokenSchools = Files.writeString(folder.resolve("schools.csv"), "name,type\nA school,Special schools\n");
        String manifest = Files.readString(SparkTestSession.demoManifest())
                .replace("\"path\": \"", "\"path\": \"" + demoFolder + "/")
                .replace("\"proposals/", "\"" + demoFolder + "/proposals/")
                .replace(demoFolder + "/trafford/trafford_schools_and_colleges.csv", brokenSchools.toString());
        Path manifestFile = Files.writeString(folder.resolve("broken.json"), manifest);
        Map<String, String> publishedBefore = query(PUBLISHED_TRAFFORD);
        assertThat(publishedBefore).containsKey("E08000009");

        RunOutcome broken = run(RunManifest.read(manifestFile));

        assertThat(broken.exitStatus()).isEqualTo(RunOutcome.BAD_INPUT);
        assertThat(broken.message()).contains(brokenSchools.toString()).contains("is missing the column(s)");
        assertThat(query("SELECT status, message FROM review_run WHERE run_id = " + broken.runId()))
                .hasEntrySatisfying("failed", message -> assertThat(message).contains("unique_reference_number"));
        assertThat(query(PUBLISHED_TRAFFORD)).isEqualTo(publishedBefore);
        assertThat(query("SELECT count(*)::text, 'rows' FROM specialist_sufficiency WHERE run_id = " + broken.runId()))
                .containsKey("0");
    }

    @Test
    void specialistDemandIsPlacementsAndWaitsNotEveryPlan() throws SQLException {
        // child_records.csv, plans by setting: Trafford's real state special schools, by URN (the generator places
        // them there): St John Vianney 106167 142 + Brentwood 106391 93 + Delamere 106394 105 + Manor Academy Sale
        // 142288 154 + Pictor Academy 142289 116 + The Orchards 142782 134 + Longford Park 147372 77 = 821;
        // resourced provision RP-COMM 115 + RP-LEARN 36 + RP-SENS 3 = 154; independent and non-maintained (S358-ISS,
        // out of area) 141; specialist post-16 institution 48; alternative provision 20: 1,184 placed. Waiting
        // (waiting_since set) and not in one: mainstream 85 + FE college 35 + NEET 5 + educated elsewhere 3 + training
        // provider 3 + early years 1 + no setting 2 = 134. 1,184 + 134 = 1,318, not 3,143.
        // Places (in-area education specialist services counted in places, known): the schools listing's state
        // special schools 160 + 120 + 110 + 200 + 121 + 140 + 81 = 932, specialist post-16 (Brentwood Community
        // College) 24 and independent special (Fairfield House 12 + Changing Lives 40) 52, and the generated resourced
        // provision 116 + 34 + 4 = 154: 932 + 24 + 52 + 154 = 1,162, with 12 unknown (Egerton High, 6 SEN units, 5
        // resourced provisions in mainstream schools). 1,318 > 1,162, but the 12 unknown capacities could make up the
        // difference: no data, not insufficient. Out of area: the 141 at S358-ISS x £58,000 a place a year =
        // £8,178,000. Sensory support (caseload 177, 177 in use + 4 waiting = 181 referrals) is compared apart; it is
        // 4 over, but no data comes first.
        assertThat(
                        query(
                                "SELECT demand || ' ' || capacity || ' ' || out_of_area || ' ' || out_of_area_cost || ' '"
                                        + " || support_referrals || ' ' || support_caseload, verdict || ': ' || reason"
                                        + " FROM sufficiency_cell WHERE run_id = " + demo.runId()
                                        + " AND area_level = 'LA'"
                                        + " AND need_code = 'ALL' AND age_band = 'ALL' AND domain = 'EDUCATION' AND tier = 'SPECIALIST'"))
                .containsExactly(Map.entry(
                        "1318 1162.00 141 8178000.00 181 177.00",
                        "no_data: All needs, all ages, education, specialist, Trafford: 1318 children with plans"
                                + " placed in or waiting for a specialist setting, 1162 places known (capacity of 12"
                                + " services unknown), 141 of them placed outside Trafford or in independent provision"
                                + " (£8,178,000 a year); caseload services: 181 referrals (in use plus waiting) against a"
                                + " caseload of 177; EHC plans forecast +41% by 2028; no data: capacity of Acre Hall Primary"
                                + " School (SEN unit), All Saints' Catholic Primary School (resourced provision), Barton"
                                + " Clough Primary School (SEN unit), Egerton High School, Firs Primary School (SEN unit),"
                                + " Lostock High School (resourced provision), Moorlands Junior School (SEN unit),"
                                + " Moorlands Junior School (resourced provision), Sale High School (resourced"
                                + " provision), Wellfield Infant and Nursery School (SEN unit), Wellfield Junior School"
                                + " (SEN unit), Wellington School (resourced provision) (demand exceeds the 1162"
                                + " known)"));
    }

    @Test
    void anIndependentCountOfTheSpecialistCellsAgreesToTheUnit() throws SQLException {
        // a separate route: plain SQL over the published child records and services, not the production classes.
        // A plan counts when its setting is an education specialist service counted in places (by its id in the
        // services file), a specialist post-16 institution or alternative provision, or when it is waiting.
        String independent = "SELECT coalesce(primary_need, 'ALL') AS need_code, count(*) AS plans FROM child_record c"
                + " WHERE run_id = " + demo.runId() + " AND support_level = 'EHC_PLAN' AND (waiting_since IS NOT NULL"
                + " OR lower(setting) IN ('specialist post-16 institution', 'alternative provision')"
                + " OR setting IN (SELECT substr(service_id, strpos(service_id, ':') + 1) FROM service WHERE run_id = "
                + demo.runId() + " AND domain = 'EDUCATION' AND tier = 'SPECIALIST' AND coalesce(capacity_unit,"
                + " 'PLACES') = 'PLACES')) GROUP BY ROLLUP (primary_need)";
        String published = "SELECT need_code, ehc_plans FROM sufficiency_cell WHERE run_id = " + demo.runId()
                + " AND area_level = 'LA' AND age_band = 'ALL' AND domain = 'EDUCATION' AND tier = 'SPECIALIST'";
        // placed in a specialist setting 1,184; waiting and not in one 134 (the split the README gives)
        assertThat(query("SELECT (setting IN (SELECT substr(service_id, strpos(service_id, ':') + 1) FROM service WHERE"
                        + " run_id = " + demo.runId() + " AND domain = 'EDUCATION' AND tier = 'SPECIALIST'"
                        + " AND coalesce(capacity_unit, 'PLACES') = 'PLACES') OR lower(setting) IN"
                        + " ('specialist post-16 institution', 'alternative provision'))::text, count(*)::text"
                        + " FROM child_record WHERE run_id = " + demo.runId() + " AND support_level = 'EHC_PLAN'"
                        + " AND (waiting_since IS NOT NULL OR setting IS NOT NULL) GROUP BY 1"))
                .containsEntry("true", "1184");
        assertThat(query("SELECT 'waiting, not placed', count(*)::text FROM child_record WHERE run_id = "
                        + demo.runId() + " AND support_level = 'EHC_PLAN' AND waiting_since IS NOT NULL AND"
                        + " coalesce(lower(setting), '') NOT IN ('specialist post-16 institution',"
                        + " 'alternative provision') AND coalesce(setting, '') NOT IN ('106167', '106391', '106394',"
                        + " '142288', '142289', '142782', '147372')"
                        + " AND coalesce(setting, '') NOT LIKE 'S358-RP-%' AND coalesce(setting, '') <> 'S358-ISS'"))
                .containsEntry("waiting, not placed", "134");
        Map<String, String> expected = query(independent);
        assertThat(expected).containsEntry("ALL", "1318").hasSizeGreaterThan(10);
        assertThat(query(published)).isEqualTo(expected);
        // and the out-of-area cost: children placed in a service outside the LA x its cost of a place a year
        assertThat(query("SELECT 'cost', sum(s.cost_per_unit)::text FROM child_record c JOIN service s ON"
                        + " c.run_id = s.run_id AND c.setting = substr(s.service_id, strpos(s.service_id, ':') + 1)"
                        + " WHERE c.run_id = " + demo.runId() + " AND NOT s.in_area AND c.support_level = 'EHC_PLAN'"))
                .isEqualTo(query("SELECT 'cost', out_of_area_cost::text FROM sufficiency_cell WHERE run_id = "
                        + demo.runId() + " AND area_level = 'LA' AND need_code = 'ALL' AND age_band = 'ALL'"
                        + " AND domain = 'EDUCATION' AND tier = 'SPECIALIST'"));
    }

    @Test
    void noPreparationForAdulthoodCellCountsAnyoneUnder14() throws SQLException {
        // no cell of the 0-4 or 5-10 bands; the 11-15 band counts the plans aged 14 and 15 only, as the child records
        // (published, plain SQL) give them
        assertThat(query("SELECT 'young cells', count(*)::text FROM sufficiency_cell WHERE run_id = " + demo.runId()
                        + " AND domain = 'PREPARATION_FOR_ADULTHOOD' AND age_band IN ('0-4', '5-10')"))
                .containsEntry("young cells", "0");
        assertThat(query("SELECT 'specialist 11-15', ehc_plans::text FROM sufficiency_cell WHERE run_id = "
                        + demo.runId() + " AND area_level = 'LA' AND need_code = 'ALL' AND age_band = '11-15'"
                        + " AND domain = 'PREPARATION_FOR_ADULTHOOD' AND tier = 'SPECIALIST'"))
                .isEqualTo(query("SELECT 'specialist 11-15', count(*)::text FROM child_record WHERE run_id = "
                        + demo.runId() + " AND support_level = 'EHC_PLAN' AND age BETWEEN 14 AND 15"));
    }

    @Test
    void countsTraffordsPupilsNeedingSpecialistPlacesInScapShape() throws SQLException {
        Map<String, String> types = query("SELECT scap_type, settings_in_area || '/' || settings_places_unknown || '/'"
                + " || places_known || ' ' || capacity_status || ', out ' || settings_out_of_area || '/'"
                + " || out_of_area_places_known || ', pupils ' || pupils_all_ages || ' (' || pupils_outside_year_groups"
                + " || ' outside), dfe ' || coalesce(dfe_pupils_all_ages::text, 'none') FROM place_forecast_type"
                + " WHERE run_id = " + demo.runId());
        // Special school places in the area: GIAS's eleven special schools and colleges (8 state special 160 + 120 +
        // 110 + 200 + 121 + 140 + 81 = 932 and Egerton unknown, 1 specialist post-16 24, 2 independent 12 + 40 = 52:
        // 932 + 24 + 52 = 1,008 known); no generated special school: 11 settings, 1 unknown, 1,008 known; outside: the
        // independent placements, 98. Pupils (child records with plans): the seven listed state special schools 821
        // (142 + 93 + 105 + 154 + 116 + 134 + 77) + ISS 141 + "specialist post-16 institution" 48 = 1,010, of whom 29
        // are 19 or older; DfE: special_total 962 + specialist_post_16_institutions 48 = 1,010.
        assertThat(types.get("SPECIAL_SCHOOL"))
                .isEqualTo("11/1/1008 partial, out 1/98, pupils 1010 (29 outside), dfe 1010");
        // Units: GIAS's 6 SEN units and 5 resourced provisions (places not given) and the three generated resourced
        // provisions (116 + 34 + 4 = 154). Pupils 115 + 36 + 3 = 154; DfE 29 + 22 + 0 + 50 + 53 + 0 = 154.
        assertThat(types.get("SEN_UNIT_OR_RESOURCED_PROVISION"))
                .isEqualTo("14/11/154 partial, out 0/0, pupils 154 (0 outside), dfe 154");
        // No alternative provision is listed; 20 pupils; DfE ap_pru_total 20.
        assertThat(types.get("ALTERNATIVE_PROVISION"))
                .isEqualTo("0/0/0 none_in_area, out 0/0, pupils 20 (0 outside), dfe 20");
        // The census by year group adds up to the pupils aged 4-18: 1,010 - 29 = 981; Reception: 34 in the records,
        // DfE's age 4: special_total 48 + specialist post-16 0 = 48.
        Map<String, String> census = query("SELECT scap_type || ' ' || year_group, pupils::int || ' dfe '"
                + " || coalesce(dfe_pupils::text, 'none') FROM place_forecast_cell WHERE census AND run_id = "
                + demo.runId());
        assertThat(census).hasSize(45);
        assertThat(census.get("SPECIAL_SCHOOL 0")).isEqualTo("34 dfe 48");
        assertThat(query("SELECT 'total', sum(pupils)::int::text FROM place_forecast_cell WHERE census AND"
                        + " scap_type = 'SPECIAL_SCHOOL' AND run_id = " + demo.runId()))
                .containsEntry("total", "981");
        // six years (2025-2030) x 3 types x 15 year groups
        assertThat(query("SELECT 'cells', count(*)::text FROM place_forecast_cell WHERE run_id = " + demo.runId()))
                .containsEntry("cells", "270");
    }

    /** The first two columns of each row, as text. */
    private static Map<String, String> query(String sql) throws SQLException {
        return PublishedRows.query(database, sql);
    }
}
