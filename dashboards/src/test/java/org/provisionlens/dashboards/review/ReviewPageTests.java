package org.provisionlens.dashboards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.dashboards.review.ReviewFixtures.ALTRINCHAM;
import static org.provisionlens.dashboards.review.ReviewFixtures.SALE;
import static org.provisionlens.dashboards.review.ReviewFixtures.TRAFFORD;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The review page over {@link ReviewFixtures}: heat map, counts and the comparison, all worked out by hand. */
@DashboardsTest
class ReviewPageTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ReviewFixtures data;

    @BeforeEach
    void trafford() {
        data = new ReviewFixtures(jdbc).trafford();
    }

    @Test
    void theHeatMapHasANeedPerRowAndTheLaThenItsLocalitiesByNameAsColumns() {
        String map = element(page("/review"), "table", "heat-map");

        assertThat(map)
                .contains("<caption class=\"govuk-table__caption govuk-table__caption--m\">Verdict by primary"
                        + " need and area: All ages, education, specialist tier</caption>");
        assertThat(headers(map)).containsExactly("Primary need", "Trafford", "Altrincham North", "Sale Central");
        assertThat(rowHeaders(map))
                .containsExactly("All needs", "Autistic spectrum disorder", "Social, emotional and mental health");
        assertThat(map).doesNotContain("Draft Locality").doesNotContain("999");
    }

    @Test
    void eachCellShowsDemandOverCapacityItsVerdictClassAndATextMark() {
        String map = element(page("/review"), "table", "heat-map");

        assertThat(cell(map, TRAFFORD + "|ALL"))
                .contains("pl-heat--insufficient")
                .contains(">30 / 25<")
                .contains(">✗<")
                .contains(", Insufficient");
        assertThat(cell(map, TRAFFORD + "|ASD"))
                .contains("pl-heat--at-risk")
                .contains(">20 / 20.5<")
                .contains(">!<");
        assertThat(cell(map, TRAFFORD + "|SEMH"))
                .contains("pl-heat--no-data")
                .contains(">10 / Unknown<")
                .contains(">?<")
                .contains(", No data");
        assertThat(cell(map, ALTRINCHAM + "|ALL"))
                .contains("pl-heat--sufficient")
                .contains(">12 / 14<")
                .contains(">✓<");
        assertThat(cell(map, ALTRINCHAM + "|ASD"))
                .contains("pl-heat--sufficient")
                .contains(">8 / 10<");
        assertThat(cell(map, SALE + "|ALL")).contains("pl-heat--insufficient").contains(">18 / 11<");
        assertThat(cell(map, SALE + "|ASD")).contains("pl-heat--insufficient").contains(">12 / 10<");
        assertThat(map.split("No cell", -1)).hasSize(3); // SEMH in the two localities
        assertThat(cell(map, TRAFFORD + "|ASD"))
                .contains(
                        "href=\"/review/cell?la=E08000009&amp;area=E08000009&amp;need=ASD&amp;age=ALL&amp;domain=EDUCATION"
                                + "&amp;tier=SPECIALIST\"");
    }

    @Test
    void countsTheCellsByVerdict() {
        String counts = element(page("/review"), "dl", "verdict-counts");

        assertThat(count(counts, "insufficient")).isEqualTo("3");
        assertThat(count(counts, "at_risk")).isEqualTo("1");
        assertThat(count(counts, "sufficient")).isEqualTo("2");
        assertThat(count(counts, "no_data")).isEqualTo("1");
        assertThat(count(counts, "total")).isEqualTo("7");
    }

    @Test
    void comparesWithThePreviousPublishedReviewOnly() {
        String compare = element(page("/review"), "div", "compare");

        assertThat(compare)
                .contains("Against review run <span>" + data.earlier + "</span>,")
                .contains(">2 better<")
                .contains(">1 worse<");
        assertThat(rowHeaders(compare))
                .containsExactly(
                        "All needs, Trafford",
                        "Autistic spectrum disorder (ASD), Trafford",
                        "Autistic spectrum disorder (ASD), Altrincham North");
        String worse = row(compare, "All needs, Trafford");
        assertThat(worse).containsSubsequence(">At risk<", ">Insufficient<", ">Worse<");
        assertThat(row(compare, "Autistic spectrum disorder (ASD), Trafford"))
                .containsSubsequence(">Insufficient<", ">At risk<", ">Better<");
        assertThat(row(compare, "Autistic spectrum disorder (ASD), Altrincham North"))
                .containsSubsequence(">At risk<", ">Sufficient<", ">Better<");
    }

    @Test
    void saysSoWhenThereIsNoEarlierPublishedReview() {
        jdbc.update("UPDATE review_run SET status = 'failed' WHERE run_id IN (?, ?)", data.earlier, data.older);

        assertThat(element(page("/review"), "div", "compare")).contains("No earlier published review.");
    }

    @Test
    void theVerdictFilterKeepsOnlyCellsOfThatVerdict() {
        String page = page("/review?verdict=insufficient&age=ALL&domain=EDUCATION&tier=SPECIALIST");
        String map = element(page, "table", "heat-map");

        assertThat(rowHeaders(map)).containsExactly("All needs", "Autistic spectrum disorder");
        assertThat(map)
                .contains(">30 / 25<")
                .contains(">18 / 11<")
                .contains(">12 / 10<")
                .doesNotContain("pl-heat--sufficient")
                .doesNotContain("pl-heat--at-risk");
        assertThat(count(element(page, "dl", "verdict-counts"), "total")).isEqualTo("3");
        assertThat(page).contains("<option value=\"insufficient\" selected=\"selected\">Insufficient</option>");
    }

    @Test
    void saysWhoCountsAsDemandInTheChosenDomainAndTier() {
        // education, specialist by default; preparation for adulthood counts from 14 only
        assertThat(element(page("/review"), "span", "demand-definition"))
                .contains("Children and young people with EHC plans placed in a specialist setting");
        assertThat(element(
                        page("/review?domain=PREPARATION_FOR_ADULTHOOD&tier=SPECIALIST"), "span", "demand-definition"))
                .contains("Young people aged 14 to 25 with EHC plans")
                .contains("the 11-15 age band counts only those aged 14 and 15");
    }

    @Test
    void anotherAgeBandShowsItsOwnCells() {
        String map = element(page("/review?age=11-15"), "table", "heat-map");

        assertThat(headers(map)).containsExactly("Primary need", "Trafford");
        assertThat(map).contains(">6 / 5<");
    }

    @Test
    void theReviewPagesAreBehindTheLoginWall() {
        Browser browser = new Browser(port);
        for (String path : new String[] {
            "/review",
            "/review/cell?area=E08000009",
            "/review/map",
            "/review/backtest",
            "/review.csv?table=cells",
            "/review.xlsx?table=cells",
            "/audit",
            "/audit.csv",
            "/audit.xlsx"
        }) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(Browser.location(response)).as(path).endsWith("/login");
        }
    }

    @Test
    void theNavigationLinksTheReviewAndTheAudit() {
        String page = page("/review");

        assertThat(page)
                .contains(
                        "<a class=\"govuk-service-navigation__link\" href=\"/review\" aria-current=\"page\">Review</a>")
                .contains("<a class=\"govuk-service-navigation__link\" href=\"/audit\">Audit</a>");
    }

    String page(String path) {
        HttpResponse<String> response =
                new Browser(port).signedInAsDemoCommissioner().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    static String element(String html, String tag, String id) {
        return org.provisionlens.dashboards.Html.element(html, tag, id);
    }

    static java.util.List<String> headers(String table) {
        return texts(table, "<th scope=\"col\"[^>]*>([^<]*)</th>");
    }

    static java.util.List<String> rowHeaders(String table) {
        return org.provisionlens.dashboards.Html.rowHeaders(table);
    }

    static java.util.List<String> texts(String html, String regex) {
        return org.provisionlens.dashboards.Html.texts(html, regex);
    }

    static String cell(String map, String key) {
        int start = map.indexOf("data-cell=\"" + key + "\"");
        assertThat(start).as("cell " + key).isGreaterThan(0);
        return map.substring(map.lastIndexOf("<td", start), map.indexOf("</td>", start));
    }

    static String count(String counts, String verdict) {
        Matcher matcher =
                Pattern.compile("data-verdict=\"" + verdict + "\">(\\d+)<").matcher(counts);
        assertThat(matcher.find()).as(verdict).isTrue();
        return matcher.group(1);
    }

    static String row(String table, String header) {
        return org.provisionlens.dashboards.Html.row(table, header);
    }
}
