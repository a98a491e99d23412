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
 * Trafford's Schedule 2 audit, worked out by hand: scores 0, 50, 80 and 75 make an overall score of 205 / 4 = 51.25,
 * so 51; the fixes are inserted out of order and shown by priority; a running run's audit never shows.
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

        category(published, "SOCIAL_CARE_PROVISION", 7, "Short breaks for disabled children", 0, 0, 0);
        category(published, "ASSESSMENT_AND_PERSONAL_BUDGETS", 4, "Identifying special educational needs", 6, 3, 50);
        category(published, "TRANSPORT", 9, "Travel to and from schools and colleges", 5, 4, 80);
        category(published, "HEALTH_PROVISION", 6, "Health services", 4, 3, 75);
        category(running, "PROVIDER_INFORMATION", 5, "Draft category", 1, 1, 100);
        fix(published, 2, "Add opening hours to 4 health listings", "Families cannot tell when to go");
        fix(published, 3, "Review 2 listings not updated in a year", "Out-of-date listings mislead");
        fix(published, 1, "List the short breaks offer", "Schedule 2 paragraph 4 requires it");
        fix(running, 4, "A fix of a running run", "never shown");
        jdbc.update("INSERT INTO audit_unlisted_setting VALUES (?, 'Hill House School', 3)", published);
        jdbc.update("INSERT INTO audit_unlisted_setting VALUES (?, 'Bridge College', 5)", published);
        jdbc.update("""
                INSERT INTO service (run_id, service_id, name, needs, categories, merged_from)
                VALUES (?, 'svc-delamere', 'Delamere School', '{}', '{}', 1)
                """, published);
        gap(published, "svc-delamere", "NO_CONTACT");
        gap(published, "svc-delamere", "NO_ELIGIBILITY");
        gap(published, "svc-delamere", "NO_AGE_RANGE");
    }

    @Test
    void showsTheOverallScoreAsTheRoundedMeanOfTheCategories() {
        String page = page("/audit");

        assertThat(page)
                .contains("<span id=\"overall-score\">51</span> out of 100")
                .doesNotContain("Draft category");
    }

    @Test
    void tabulatesTheCategoriesWithTheirRatings() {
        String table = element(page("/audit"), "categories");

        assertThat(table)
                .containsSubsequence(
                        "Identifying special educational needs",
                        "Health services",
                        "Short breaks for disabled children",
                        "Travel to and from schools and colleges");
        assertThat(row(table, "SOCIAL_CARE_PROVISION"))
                .contains("govuk-tag--red")
                .contains(">Missing<");
        assertThat(row(table, "ASSESSMENT_AND_PERSONAL_BUDGETS"))
                .contains(">6<")
                .contains(">3<")
                .contains(">50<")
                .contains("govuk-tag--orange")
                .contains(">Partial<");
        assertThat(row(table, "HEALTH_PROVISION"))
                .contains(">75<")
                .contains("govuk-tag--green")
                .contains(">Good<");
        assertThat(row(table, "TRANSPORT")).contains(">80<").contains(">Good<");
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
    void listsTheFixesMostImportantFirst() {
        String fixes = element(page("/audit"), "fixes");

        assertThat(fixes)
                .containsSubsequence(
                        "List the short breaks offer",
                        "Add opening hours to 4 health listings",
                        "Review 2 listings not updated in a year");
        assertThat(fixes).contains("govuk-list--number").doesNotContain("A fix of a running run");
    }

    @Test
    void listsUnlistedSettingsAndTheGapsOfEachListing() {
        String page = page("/audit");

        assertThat(element(page, "unlisted")).containsSubsequence("Bridge College", ">5<", "Hill House School", ">3<");
        String gaps = element(page, "gaps");
        assertThat(gaps)
                .containsSubsequence(
                        "href=\"/services/svc-delamere?la=E08000009\">Delamere School</a>",
                        "<li>no age range</li>",
                        "<li>no contact (email, phone or website)</li>",
                        "<li>no eligibility criteria</li>");
    }

    @Test
    void downloadsEveryTableAsCsv() {
        Browser browser = new Browser(port).signedInAsDemoCommissioner();

        assertThat(browser.get("/audit.csv?table=categories").body().lines().toList())
                .containsExactly(
                        "category,paragraph,label,services,complete,score,rating",
                        "ASSESSMENT_AND_PERSONAL_BUDGETS,4,Identifying special educational needs,6,3,50,Partial",
                        "HEALTH_PROVISION,6,Health services,4,3,75,Good",
                        "SOCIAL_CARE_PROVISION,7,Short breaks for disabled children,0,0,0,Missing",
                        "TRANSPORT,9,Travel to and from schools and colleges,5,4,80,Good");
        assertThat(browser.get("/audit.csv?table=fixes").body().lines().toList())
                .containsExactly(
                        "priority,what,why",
                        "1,List the short breaks offer,Schedule 2 paragraph 4 requires it",
                        "2,Add opening hours to 4 health listings,Families cannot tell when to go",
                        "3,Review 2 listings not updated in a year,Out-of-date listings mislead");
        assertThat(browser.get("/audit.csv?table=gaps").body().lines().toList())
                .containsExactly(
                        "service_id,service,gap",
                        "svc-delamere,Delamere School,no age range",
                        "svc-delamere,Delamere School,\"no contact (email, phone or website)\"",
                        "svc-delamere,Delamere School,no eligibility criteria");
        assertThat(browser.get("/audit.csv?table=unlisted").body().lines().toList())
                .containsExactly("setting,children", "Bridge College,5", "Hill House School,3");
        assertThat(browser.get("/audit.csv?table=nope").statusCode()).isEqualTo(400);
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
            assertThat(sheet.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(50.0);
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).isEqualTo("Missing");
        }
    }

    String page(String path) {
        HttpResponse<String> response =
                new Browser(port).signedInAsDemoCommissioner().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    void category(long run, String category, int paragraph, String label, int services, int complete, int score) {
        jdbc.update(
                "INSERT INTO audit_category VALUES (?, ?, ?, ?, ?, ?, ?)",
                run,
                category,
                paragraph,
                label,
                services,
                complete,
                score);
    }

    void fix(long run, int priority, String what, String why) {
        jdbc.update("INSERT INTO audit_fix VALUES (?, ?, ?, ?)", run, priority, what, why);
    }

    void gap(long run, String serviceId, String gap) {
        jdbc.update("INSERT INTO audit_listing_gap VALUES (?, ?, ?)", run, serviceId, gap);
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
        int at = table.indexOf("data-category=\"" + category + "\"");
        assertThat(at).as(category).isGreaterThan(0);
        return table.substring(at, table.indexOf("</tr>", at));
    }
}
