package org.provisionlens.dashboards.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Html;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The proposals, impact and compare pages over real HTTP, on {@link ProposalsFixtures}' run (figures worked out there).
 */
@DashboardsTest
class ProposalPagesTests {

    static final String LA = "?la=" + ProposalsFixtures.TRAFFORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void trafford() {
        new ProposalsFixtures(jdbc).trafford();
    }

    @Test
    void listsEachProposalWithItsCentralHeadline() {
        String page = ok(new Browser(port).signedInAsDemoCommissioner(), "/proposals" + LA);
        String table = Html.element(page, "table", "proposals");
        // close Alpha: 6 affected, all 6 move to Beta (8 spare), none out of area
        String alpha = Html.row(table, "Close Alpha School");
        assertThat(Html.texts(alpha, "<td[^>]*>([^<]*)</td>")).startsWith("6", "6", "0");
        // close Beta: 2 affected, both move to Alpha (4 spare)
        String beta = Html.row(table, "Close Beta School");
        assertThat(Html.texts(beta, "<td[^>]*>([^<]*)</td>")).startsWith("2", "2", "0");
        assertThat(page).contains("id=\"upload\"", "Delete");
    }

    @Test
    void thePanelSeesSmallCountsAsFewerThanFiveAndNoEditing() {
        Browser panel = new Browser(port);
        panel.signIn("panel", "trafford-demo");
        String page = ok(panel, "/proposals" + LA);
        String beta = Html.row(Html.element(page, "table", "proposals"), "Close Beta School");
        assertThat(Html.texts(beta, "<td[^>]*>([^<]*)</td>")).startsWith("fewer than 5", "fewer than 5", "0");
        assertThat(page).doesNotContain("id=\"upload\"").doesNotContain("/delete");
        assertThat(page).contains(">Proposals</a>"); // the nav link
    }

    @Test
    void theImpactSaysWhoIsAffectedAndWhereTheyGoAggregatedOnly() {
        String page = ok(new Browser(port).signedInAsDemoCommissioner(), "/proposals/close-alpha" + LA);
        assertThat(cell(page, "affected-need", "Autistic spectrum disorder")).isEqualTo("6");
        assertThat(cell(page, "affected-age", "Aged 5-10")).isEqualTo("6");
        assertThat(cell(page, "affected-locality", "Sale")).isEqualTo("6");
        assertThat(cell(page, "destinations", "Moves to Beta School")).isEqualTo("6");
        assertThat(Html.element(page, "p", "moves-summary")).contains("6 move to another local service");
        // the three scenarios side by side: 6 children affected now under each
        assertThat(Html.texts(
                        Html.row(Html.element(page, "table", "scenarios"), "Children affected now"),
                        "<td[^>]*>([^<]*)</td>"))
                .containsExactly("6", "6", "6");
        // what families said: the published anonymised text, never the raw comment, never a child's record
        assertThat(page).contains(ProposalsFixtures.ANONYMISED).doesNotContain("Jamie Smith");
        assertThat(page).doesNotContain("child-a");
        assertThat(page).contains("id='impact-need-chart'", "id='impact-outcome-chart'", "id='impact-costs-chart'");
        assertThat(cell(page, "themes", "Staff (positive)")).isEqualTo("1");
        assertThat(Html.element(page, "ul", "changes")).contains("Close Alpha School (svc-alpha)");
        // services a year: before 2 schools x 10 places x £20,000 = £400,000; after Beta alone, £200,000
        assertThat(Html.texts(
                        Html.row(Html.element(page, "table", "costs"), "Local services"), "<td[^>]*>([^<]*)</td>"))
                .containsExactly("£400,000", "£200,000");
    }

    @Test
    void thePanelSeesTheImpactWithSmallCountsSuppressedAndNoChildRecord() {
        Browser panel = new Browser(port);
        panel.signIn("panel", "trafford-demo");
        String page = ok(panel, "/proposals/close-beta" + LA);
        assertThat(cell(page, "affected-need", "Autistic spectrum disorder")).isEqualTo("fewer than 5");
        assertThat(cell(page, "destinations", "Moves to Alpha School")).isEqualTo("fewer than 5");
        assertThat(page).doesNotContain("child-b").doesNotContain("Jamie Smith");
        assertThat(page).doesNotContain("Delete this proposal");
    }

    @Test
    void comparesProposalsWithDoingNothing() {
        String page = ok(
                new Browser(port).signedInAsDemoCommissioner(),
                "/proposals/compare" + LA + "&ids=close-alpha,close-beta");
        String table = Html.element(page, "table", "comparison");
        assertThat(Html.texts(table, "<th scope=\"col\"[^>]*>([^<]*)</th>"))
                .containsExactly("Measure", "Do nothing", "Close Alpha School", "Close Beta School");
        assertThat(Html.texts(Html.row(table, "Children affected now"), "<td[^>]*>([^<]*)</td>"))
                .containsExactly("0", "6", "2");
        assertThat(Html.texts(Html.row(table, "Move to another local service"), "<td[^>]*>([^<]*)</td>"))
                .containsExactly("0", "6", "2");
    }

    @Test
    void aProposalForAServiceTheRunDoesNotHaveSaysSo() {
        new ProposalsFixtures(jdbc).trafford().proposal("close-gamma", "Close Gamma", "svc-gamma");
        String page = ok(new Browser(port).signedInAsDemoCommissioner(), "/proposals/close-gamma" + LA);
        assertThat(Html.element(page, "div", "problems")).contains("close-gamma.yaml at /changes", "svc-gamma");
        String compare =
                ok(new Browser(port).signedInAsDemoCommissioner(), "/proposals/compare" + LA + "&ids=close-gamma");
        assertThat(Html.element(compare, "p", "skipped")).contains("Close Gamma");
        assertThat(compare).contains("id=\"nothing-to-compare\"");
    }

    @Test
    void aRunTheWhatIfCannotLoadIsSaidNotFailed() {
        // a run published before the what-if, without its headline (time period), cannot be loaded
        jdbc.update("DELETE FROM review_headline");
        Browser commissioner = new Browser(port).signedInAsDemoCommissioner();
        String page = ok(commissioner, "/proposals" + LA);
        assertThat(Html.row(Html.element(page, "table", "proposals"), "Close Alpha School"))
                .contains("Not evaluated: the published run could not be loaded");
        assertThat(ok(commissioner, "/proposals/close-alpha" + LA)).contains("id=\"no-baseline\"");
    }

    static String cell(String page, String table, String header) {
        return Html.texts(Html.row(Html.element(page, "table", table), header), "<td[^>]*>([^<]*)</td>")
                .get(0);
    }

    static String ok(Browser browser, String path) {
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
