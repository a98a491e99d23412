package org.provisionlens.dashboards.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trafford's Schedule 2 audit ({@link AuditFixtures}, worked out by hand there): the overall score, each category's
 * elements met, the missing elements and the evidence of those met, each listing's completeness and the listings with
 * no offline route; the fixes are inserted out of order and shown by priority; a running run's audit never shows.
 */
@DashboardsTest
class AuditPageTests {

    static final String TRAFFORD = "E08000009";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    long published;

    @BeforeEach
    void trafford() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.reset();
        published = fixtures.run("trafford-2025", TRAFFORD, "Trafford", "published", Fixtures.STARTED.plusMinutes(2));
        fixtures.publish(published, TRAFFORD);
        long running = fixtures.run("trafford-rerun", TRAFFORD, "Trafford", "running", null);
        AuditFixtures.write(jdbc, published);
        jdbc.update(
                "INSERT INTO audit_category VALUES (?, 'PROVIDER_INFORMATION', 5, 'Draft category', 1, 1, 100)",
                running);
        jdbc.update("INSERT INTO audit_fix VALUES (?, 4, 'A fix of a running run', 'never shown')", running);
    }

    @Test
    void showsTheOverallScoreAsTheRoundedMeanOfTheCategories() {
        String page = page("/audit");

        assertThat(page)
                .contains("<span id=\"overall-score\">51</span> out of 100")
                .doesNotContain("Draft category");
    }

    @Test
    void tabulatesTheCategoriesWithTheElementsMetAndTheirRatings() {
        String table = element(page("/audit"), "categories");

        assertThat(table)
                .containsSubsequence(
                        "Identifying special educational needs",
                        "Health services",
                        "Short breaks for disabled children",
                        "Travel to and from schools and colleges");
        assertThat(row(table, "SOCIAL_CARE_PROVISION"))
                .contains(">0 of 5<")
                .contains("govuk-tag--red")
                .contains(">Missing<");
        assertThat(row(table, "ASSESSMENT_AND_PERSONAL_BUDGETS"))
                .contains(">1 of 2<")
                .contains(">6<")
                .contains(">3<")
                .contains(">50<")
                .contains("govuk-tag--orange")
                .contains(">Partial<");
        assertThat(row(table, "HEALTH_PROVISION"))
                .contains(">3 of 4<")
                .contains(">75<")
                .contains("govuk-tag--green")
                .contains(">Good<");
        // a category of a run before the elements were checked
        assertThat(row(table, "TRANSPORT"))
                .contains(">not checked<")
                .contains(">80<")
                .contains(">Good<");
    }

    @Test
    void drawsTheScoresWithTheirTable() {
        String page = page("/audit");

        assertThat(page)
                .contains("<svg role=\"img\" aria-labelledby=\"audit-chart-title\"")
                .contains("Schedule 2 completeness score by paragraph</title>");
        assertThat(element(page, "audit-chart-data"))
                .containsSubsequence(
                        "Paragraph 4: Identifying special educational needs",
                        ">50<",
                        "Paragraph 6: Health services",
                        ">75<");
    }

    @Test
    void saysWhichElementsAreMissingAndWhatShowsThoseMet() {
        String page = page("/audit");

        String health = element(page, "elements-HEALTH_PROVISION");
        assertThat(health).contains("Paragraph 6: Health services (3 of 4 met)");
        assertThat(elementRow(health, "therapies"))
                .contains(">Met<")
                .contains("href=\"/services/svc-salt?la=E08000009\">Speech and language therapy</a>")
                .contains("description says \u201cspeech and language therap\u201d");
        assertThat(elementRow(health, "nursing-and-continuing-care"))
                .contains(">Missing<")
                .contains("no listing shows it.")
                .contains("Looked for a health listing that says \u201cnursing\u201d.");
        // 4 listings show it: the first 3 by name, and 1 more
        String assessment = element(page, "elements-ASSESSMENT_AND_PERSONAL_BUDGETS");
        assertThat(elementRow(assessment, "identifying-sen"))
                .containsSubsequence(
                        "4 listings show it.",
                        "Brook School",
                        "Educational psychology",
                        "Outreach team",
                        "and 1 more (in the download)")
                .doesNotContain("Speech and language therapy");
        assertThat(elementRow(assessment, "request-ehc-assessment")).contains(">Missing<");
    }

    @Test
    void scoresEachListingAgainstTheOpenReferralFields() {
        String page = page("/audit");

        assertThat(page)
                .contains("<svg role=\"img\" aria-labelledby=\"fields-chart-title\"")
                .contains("Listings missing each Open Referral UK field</title>");
        String fields = element(page, "fields-chart-data");
        assertThat(fields)
                .containsSubsequence("address and postcode", "Required", ">2<")
                .containsSubsequence("cost", "Recommended", ">2<")
                .containsSubsequence("funder", "Recommended", ">3<");
        // least complete first: 17, 75, 83, then the two at 100 by name
        assertThat(element(page, "listings"))
                .containsSubsequence(
                        "Brook School</a>",
                        ">17<",
                        ">7<",
                        "description, organisation, phone or email, address and postcode",
                        "Speech and language therapy</a>",
                        ">75<",
                        "website, cost, funder",
                        "SENDIASS</a>",
                        ">83<",
                        "Educational psychology</a>",
                        ">100<",
                        ">nothing<",
                        "Outreach team</a>");
    }

    @Test
    void listsTheListingsNoOneCanUseWithoutTheInternet() {
        String page = page("/audit");

        assertThat(page).contains("<span id=\"offline-count\">2</span>");
        String offline = element(page, "offline");
        assertThat(offline)
                .containsSubsequence("href=\"/services/svc-brook?la=E08000009\">Brook School</a>", "SENDIASS</a>")
                .doesNotContain("Educational psychology");
    }

    @Test
    void listsTheFixesMostImportantFirstAndTheUnlistedSettings() {
        String page = page("/audit");
        String fixes = element(page, "fixes");

        assertThat(fixes)
                .containsSubsequence(
                        "List the short breaks offer",
                        "Add opening hours to 4 health listings",
                        "Review 2 listings not updated in a year");
        assertThat(fixes).contains("govuk-list--number").doesNotContain("A fix of a running run");
        assertThat(element(page, "unlisted")).containsSubsequence("Bridge College", ">5<", "Hill House School", ">3<");
    }

    @Test
    void linksTheDownloadsOfEachTable() {
        String page = page("/audit");

        for (String table : new String[] {"categories", "elements", "fixes", "unlisted", "listings", "offline"}) {
            assertThat(page)
                    .contains("href=\"/audit.csv?table=" + table + "&amp;la=E08000009\"")
                    .contains("href=\"/audit.xlsx?table=" + table + "&amp;la=E08000009\"");
        }
        assertThat(page)
                .contains(">Download the listings (CSV)</a>")
                .doesNotContain("table=gaps")
                .doesNotContain(">Download (CSV)<");
    }

    @Test
    void downloadsEveryTableAsCsv() {
        Browser browser = new Browser(port).signedInAsDemoCommissioner();

        assertThat(browser.get("/audit.csv?table=categories").body().lines().toList())
                .containsExactly(
                        "category,paragraph,label,elements,elements_met,services,complete,score,rating",
                        "ASSESSMENT_AND_PERSONAL_BUDGETS,4,Identifying special educational needs,2,1,6,3,50,Partial",
                        "HEALTH_PROVISION,6,Health services,4,3,4,3,75,Good",
                        "SOCIAL_CARE_PROVISION,7,Short breaks for disabled children,5,0,0,0,0,Missing",
                        "TRANSPORT,9,Travel to and from schools and colleges,,,5,4,80,Good");
        assertThat(browser.get("/audit.csv?table=elements").body().lines().toList())
                .containsExactly(
                        "category,element,name,met,summary,rule,service_id,service,evidence",
                        "HEALTH_PROVISION,therapies,Therapies,Met,1 listing shows it,"
                                + "a health listing that says \u201cphysiotherap\u201d,svc-salt,Speech and language therapy,"
                                + "description says \u201cspeech and language therap\u201d",
                        "HEALTH_PROVISION,nursing-and-continuing-care,Nursing and continuing care,Missing,"
                                + "no listing shows it,a health listing that says \u201cnursing\u201d,,,",
                        "ASSESSMENT_AND_PERSONAL_BUDGETS,identifying-sen,How SEN is identified,Met,4 listings show it,"
                                + "a listing that says \u201cgraduated approach\u201d,svc-brook,Brook School,"
                                + "description says \u201cgraduated approach\u201d",
                        "ASSESSMENT_AND_PERSONAL_BUDGETS,identifying-sen,How SEN is identified,Met,4 listings show it,"
                                + "a listing that says \u201cgraduated approach\u201d,svc-ep,Educational psychology,"
                                + "description says \u201cgraduated approach\u201d",
                        "ASSESSMENT_AND_PERSONAL_BUDGETS,identifying-sen,How SEN is identified,Met,4 listings show it,"
                                + "a listing that says \u201cgraduated approach\u201d,svc-outreach,Outreach team,"
                                + "description says \u201cgraduated approach\u201d",
                        "ASSESSMENT_AND_PERSONAL_BUDGETS,identifying-sen,How SEN is identified,Met,4 listings show it,"
                                + "a listing that says \u201cgraduated approach\u201d,svc-salt,Speech and language therapy,"
                                + "description says \u201cgraduated approach\u201d",
                        "ASSESSMENT_AND_PERSONAL_BUDGETS,request-ehc-assessment,How to request an EHC needs assessment,"
                                + "Missing,no listing shows it,a listing that says \u201cehc needs assessment\u201d,,,");
        assertThat(browser.get("/audit.csv?table=listings").body().lines().toList())
                .containsExactly(
                        "service_id,service,score,required_missing,offline_route,missing",
                        "svc-brook,Brook School,17,7,no,\"description, organisation, phone or email, address and"
                                + " postcode, age range, eligibility, reviewed in the last 12 months, cost, need types,"
                                + " funder\"",
                        "svc-salt,Speech and language therapy,75,0,yes,\"website, cost, funder\"",
                        "svc-sendiass,SENDIASS,83,1,no,\"address and postcode, funder\"",
                        "svc-ep,Educational psychology,100,0,yes,nothing",
                        "svc-outreach,Outreach team,100,0,yes,nothing");
        assertThat(browser.get("/audit.csv?table=offline").body().lines().toList())
                .containsExactly(
                        "service_id,service,missing",
                        "svc-brook,Brook School,\"description, organisation, phone or email, address and postcode, age"
                                + " range, eligibility, reviewed in the last 12 months, cost, need types, funder\"",
                        "svc-sendiass,SENDIASS,\"address and postcode, funder\"");
        assertThat(browser.get("/audit.csv?table=fixes").body().lines().toList())
                .containsExactly(
                        "priority,what,why",
                        "1,List the short breaks offer,Schedule 2 paragraph 4 requires it",
                        "2,Add opening hours to 4 health listings,Families cannot tell when to go",
                        "3,Review 2 listings not updated in a year,Out-of-date listings mislead");
        assertThat(browser.get("/audit.csv?table=unlisted").body().lines().toList())
                .containsExactly("setting,children", "Bridge College,5", "Hill House School,3");
        assertThat(browser.get("/audit.csv?table=gaps").statusCode()).isEqualTo(400);
    }

    @Test
    void downloadsTheCategoriesAsXlsx() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
                .build();
        String base = "http://localhost:" + port;
        String login = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=commissioner&password=trafford-demo&_csrf=" + Browser.csrfToken(login)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        byte[] xlsx = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/audit.xlsx?table=categories"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("categories");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(50.0);
            assertThat(sheet.getRow(3).getCell(8).getStringCellValue()).isEqualTo("Missing");
            // a run before the elements: an empty cell, never 0
            assertThat(sheet.getRow(4).getCell(3) == null
                            || sheet.getRow(4).getCell(3).getCellType() == CellType.BLANK)
                    .isTrue();
        }
    }

    String page(String path) {
        HttpResponse<String> response =
                new Browser(port).signedInAsDemoCommissioner().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The element with this id, to its closing tag (no nesting of the same tag inside). */
    static String element(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertThat(at).as("#" + id).isGreaterThan(0);
        int start = html.lastIndexOf("<", at);
        String tag = html.substring(start + 1, html.indexOf(' ', start));
        return html.substring(start, html.indexOf("</" + tag + ">", at));
    }

    static String row(String table, String category) {
        return rowWith(table, "data-category", category);
    }

    static String elementRow(String table, String element) {
        return rowWith(table, "data-element", element);
    }

    /** The table row whose attribute has this value, to its end. */
    static String rowWith(String table, String attribute, String value) {
        int at = table.indexOf(attribute + "=\"" + value + "\"");
        assertThat(at).as(value).isGreaterThan(0);
        return table.substring(at, table.indexOf("</tr>", at));
    }
}
