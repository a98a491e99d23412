package org.provisionlens.dashboards.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The published Trafford run, worked out by hand: 3,143 plans for 80,000 residents aged 0-25 is 39.3 per 1,000;
 * special schools hold 821 plans against 932 known places with one setting's capacity unknown, so there are at least
 * 111 spare places (unknown capacity can only add places) and occupancy is at most 821 / 932 = 88.1%.
 */
@DashboardsTest
class SufficiencyPageTests {

    static final String TRAFFORD = "E08000009";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures fixtures;
    long published;
    long running;

    @BeforeEach
    void publishedTraffordAndARunningRerun() {
        fixtures = new Fixtures(jdbc);
        fixtures.reset();
        published = fixtures.run("trafford-2025", TRAFFORD, "Trafford", "published", Fixtures.STARTED.plusMinutes(2));
        fixtures.headline(published, TRAFFORD, "358", "Trafford", 3143, 1016, 140, 80000);
        fixtures.sufficiency(
                published,
                "STATE_SPECIAL_SCHOOL",
                "State-funded special schools",
                1,
                4,
                1,
                932,
                "partial",
                821,
                -111,
                88.1,
                false);
        fixtures.sufficiency(
                published,
                "RESOURCED_PROVISION",
                "Resourced provision, SEN units",
                2,
                3,
                3,
                0,
                "unknown",
                55,
                null,
                null,
                false);
        fixtures.sufficiency(
                published,
                "INDEPENDENT_SPECIAL_SCHOOL",
                "Independent and non-maintained special schools",
                3,
                0,
                0,
                0,
                "none_in_area",
                140,
                140,
                null,
                true);
        fixtures.sufficiency(
                published,
                "SEN_UNIT",
                "SEN units in mainstream schools",
                4,
                1,
                0,
                40,
                "complete",
                30,
                -10,
                75.0,
                false);
        fixtures.need(published, "STATE_SPECIAL_SCHOOL", "ASD", 300);
        fixtures.need(published, "INDEPENDENT_SPECIAL_SCHOOL", "ASD", 80);
        fixtures.need(published, "STATE_SPECIAL_SCHOOL", "SEMH", null);
        fixtures.need(published, "INDEPENDENT_SPECIAL_SCHOOL", "SEMH", 40);
        fixtures.need(published, "RESOURCED_PROVISION", "SLCN", 20);
        fixtures.setting(published, "106385", "Delamere School", "STATE_SPECIAL_SCHOOL", 120);
        fixtures.setting(published, "141234", "Pictor Academy", "STATE_SPECIAL_SCHOOL", null);
        fixtures.publish(published, TRAFFORD);

        running = fixtures.run("trafford-rerun", TRAFFORD, "Trafford", "running", null);
        fixtures.headline(running, TRAFFORD, "358", "Trafford", 7777, 1, 1, 80000);
        fixtures.sufficiency(
                running,
                "SPECIALIST_POST_16",
                "Draft kind from a running run",
                1,
                1,
                0,
                10,
                "complete",
                9999,
                9989,
                99.9,
                false);
        fixtures.need(running, "SPECIALIST_POST_16", "ASD", 9999);
        fixtures.setting(running, "999999", "Setting of an unpublished run", "SPECIALIST_POST_16", 5);
    }

    @Test
    void showsTheHeadlineOfThePublishedRun() {
        String page = signedIn().get("/sufficiency").body();

        assertThat(page)
                .contains("Trafford (E08000009, old code 358)")
                .contains("2024/25")
                .contains(">3,143<")
                .contains(">1,016<")
                .contains(">140<")
                .contains("80,000 (mid-2023)")
                .contains(">39.3<")
                .contains("counts EHC plans by the local authority that maintains them")
                .contains("Plans placed in independent and non-maintained special schools are the usual proxy for"
                        + " places bought outside the local authority's own provision.");
    }

    @Test
    void showsPlacesAgainstPlansWithUnknownPlacesNeverAsZero() {
        String table = table(signedIn().get("/sufficiency").body(), "sufficiency");

        String special = row(table, "State-funded special schools");
        assertThat(special)
                .contains("at least 932")
                .contains("capacity unknown for 1 setting")
                .contains(">821<")
                .contains("at least 111 spare")
                .contains("at most 88.1%");
        String resourced = row(table, "Resourced provision, SEN units");
        assertThat(resourced.split(">Unknown<", -1)).hasSize(4); // places, gap and occupancy
        assertThat(resourced).doesNotContain(">0<").contains(">55<");
        String independent = row(table, "Independent and non-maintained special schools");
        assertThat(independent)
                .contains("Outside own provision")
                .contains("None in Trafford")
                .contains("140 short");
        assertThat(row(table, "SEN units in mainstream schools"))
                .contains(">40<")
                .contains("10 spare")
                .contains("75.0%");
    }

    @Test
    void drawsTwoAccessibleChartsWithTheirNumbers() {
        String page = signedIn().get("/sufficiency").body();

        assertThat(page)
                .contains("<svg role=\"img\" aria-labelledby=\"places-chart-title\"")
                .contains(
                        "<title id=\"places-chart-title\">Places and EHC plans by kind of specialist provision</title>")
                .contains("<svg role=\"img\" aria-labelledby=\"needs-chart-title\"")
                .contains("<title id=\"needs-chart-title\">EHC plans in specialist provision by primary need</title>");
        String chartData = table(page, "places-chart-data");
        assertThat(row(chartData, "Resourced provision, SEN units")).contains(">Unknown<");
        assertThat(row(chartData, "State-funded special schools"))
                .contains("at least 932")
                .contains(">821<");
    }

    @Test
    void showsPlansByNeedWithSuppressedCellsAndTheSettings() {
        String page = signedIn().get("/sufficiency").body();

        String needs = table(page, "needs");
        assertThat(row(needs, "SEMH")).contains(">c<").contains(">40<");
        assertThat(row(needs, "ASD")).contains(">300<").contains(">80<").contains("Autistic spectrum disorder");
        String settings = table(page, "settings");
        assertThat(row(settings, "Delamere School"))
                .contains("106385")
                .contains(">120<")
                .contains("4 to 19");
        assertThat(row(settings, "Pictor Academy")).contains(">Unknown<");
    }

    @Test
    void neverShowsARunThatIsNotPublished() {
        String page = signedIn().get("/sufficiency").body();

        assertThat(page)
                .contains("From review run " + published + ",")
                .doesNotContain("Draft kind from a running run")
                .doesNotContain(">9,999<")
                .doesNotContain("9,989")
                .doesNotContain("7,777")
                .doesNotContain("Setting of an unpublished run");
        for (String table : new String[] {"sufficiency", "needs", "settings"}) {
            assertThat(signedIn().get("/sufficiency.csv?table=" + table).body())
                    .doesNotContain("SPECIALIST_POST_16")
                    .doesNotContain("9999");
        }
    }

    @Test
    void downloadsEachTableAsXlsxWithTheSameCellsAsTheCsv() throws java.io.IOException {
        Browser browser = signedIn();
        org.apache.poi.ss.usermodel.DataFormatter text = new org.apache.poi.ss.usermodel.DataFormatter();
        for (String table : new String[] {"sufficiency", "needs", "settings"}) {
            java.util.List<String> csv = browser.get("/sufficiency.csv?table=" + table)
                    .body()
                    .lines()
                    .toList();
            HttpResponse<byte[]> xlsx = browser.getBytes("/sufficiency.xlsx?table=" + table);
            assertThat(xlsx.statusCode()).isEqualTo(200);
            try (var workbook =
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getLastRowNum() + 1).as(table).isEqualTo(csv.size());
                for (int r = 0; r < csv.size(); r++) {
                    // split on the commas outside quotes (no field of these tables spans lines)
                    String[] fields = csv.get(r).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                    for (int c = 0; c < fields.length; c++) {
                        var cell = sheet.getRow(r).getCell(c);
                        String value = cell == null ? "" : text.formatCellValue(cell);
                        String expected = fields[c].replace("\"", "");
                        if (expected.matches("-?\\d+(\\.\\d+)?")) {
                            // a number cell: 75.0 in the CSV is the number 75
                            assertThat(new java.math.BigDecimal(value))
                                    .as(table + " row " + r + " column " + c)
                                    .isEqualByComparingTo(expected);
                        } else {
                            assertThat(value)
                                    .as(table + " row " + r + " column " + c)
                                    .isEqualTo(expected);
                        }
                    }
                }
            }
        }
    }

    @Test
    void downloadsEachTableAsCsv() {
        Browser browser = signedIn();

        HttpResponse<String> sufficiency = browser.get("/sufficiency.csv?table=sufficiency");
        assertThat(sufficiency.statusCode()).isEqualTo(200);
        assertThat(sufficiency.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(sufficiency.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"provision-lens-e08000009-run-" + published + "-sufficiency.csv\"");
        assertThat(sufficiency.body())
                .isEqualTo("provision_kind,provision,settings_in_area,settings_capacity_unknown,capacity_status,"
                        + "places_known,ehc_plans_placed,gap_plans_minus_places,occupancy_pct,outside_own_provision\r\n"
                        + "STATE_SPECIAL_SCHOOL,State-funded special schools,4,1,partial,932,821,-111,88.1,false\r\n"
                        + "RESOURCED_PROVISION,\"Resourced provision, SEN units\",3,3,unknown,,55,,,false\r\n"
                        + "INDEPENDENT_SPECIAL_SCHOOL,Independent and non-maintained special schools,0,0,none_in_area,0,140,140,,"
                        + "true\r\n"
                        + "SEN_UNIT,SEN units in mainstream schools,1,0,complete,40,30,-10,75.0,false\r\n");

        assertThat(browser.get("/sufficiency.csv?table=needs").body())
                .isEqualTo("need_code,primary_need,provision_kind,provision,ehc_plans\r\n"
                        + "ASD,Autistic spectrum disorder,STATE_SPECIAL_SCHOOL,State-funded special schools,300\r\n"
                        + "ASD,Autistic spectrum disorder,INDEPENDENT_SPECIAL_SCHOOL,Independent and non-maintained special schools,"
                        + "80\r\n"
                        + "SEMH,\"Social, emotional and mental health\",STATE_SPECIAL_SCHOOL,State-funded special schools,c\r\n"
                        + "SEMH,\"Social, emotional and mental health\",INDEPENDENT_SPECIAL_SCHOOL,"
                        + "Independent and non-maintained special schools,40\r\n"
                        + "SLCN,\"Speech, language and communication needs\",RESOURCED_PROVISION,"
                        + "\"Resourced provision, SEN units\",20\r\n");

        assertThat(browser.get("/sufficiency.csv?table=settings").body())
                .isEqualTo("urn,name,provision_kind,establishment_type,low_age,high_age,capacity,postcode\r\n"
                        + "106385,Delamere School,STATE_SPECIAL_SCHOOL,Community special school,4,19,120,M33 7AA\r\n"
                        + "141234,Pictor Academy,STATE_SPECIAL_SCHOOL,Community special school,4,19,,M33 7AA\r\n");

        assertThat(browser.get("/sufficiency.csv?table=other").statusCode()).isEqualTo(400);
    }

    @Test
    void showsThePublishedRunOfTheLocalAuthorityAskedFor() {
        long stockport = fixtures.run("stockport-2025", "E08000007", "Stockport", "published", Fixtures.STARTED);
        fixtures.headline(stockport, "E08000007", "356", "Stockport", 4000, 900, 100, 100000);
        fixtures.publish(stockport, "E08000007");

        Browser browser = signedIn();

        assertThat(browser.get("/sufficiency?la=E08000007").body())
                .contains("Stockport (E08000007, old code 356)")
                .contains(">40.0<");
        assertThat(browser.get("/sufficiency?la=E08000009").body()).contains("Trafford (E08000009, old code 358)");
        assertThat(browser.get("/sufficiency?la=E09999999").body())
                .contains("No review run has been published for E09999999.");
    }

    private Browser signedIn() {
        return new Browser(port).signedInAsDemoCommissioner();
    }

    static String table(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("table " + id).isNotNegative();
        return page.substring(start, page.indexOf("</table>", start));
    }

    static String row(String table, String text) {
        int at = table.indexOf(text);
        assertThat(at).as("row with " + text).isNotNegative();
        int start = table.lastIndexOf("<tr", at);
        return table.substring(start, table.indexOf("</tr>", at));
    }
}
