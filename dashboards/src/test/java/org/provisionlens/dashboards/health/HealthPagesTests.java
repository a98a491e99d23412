package org.provisionlens.dashboards.health;

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

/** The health pages over real HTTP on {@link HealthFixtures}' runs (the figures are worked out there). */
@DashboardsTest
class HealthPagesTests {

    static final String HEALTH = "/health?la=" + HealthFixtures.TRAFFORD;
    static final String WAITS = "/health/waits?la=" + HealthFixtures.TRAFFORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    HealthFixtures fixtures;

    @BeforeEach
    void publish() {
        fixtures = new HealthFixtures(jdbc);
        fixtures.publish();
    }

    @Test
    void everySignedInRoleSeesBothPagesAndNobodyElse() {
        assertThat(new Browser(port).get(HEALTH).statusCode()).isEqualTo(302);
        assertThat(new Browser(port).get(WAITS).statusCode()).isEqualTo(302);
        for (String user : new String[] {"commissioner", "board", "panel"}) {
            Browser browser = new Browser(port);
            assertThat(browser.signIn(user, "trafford-demo").statusCode()).isEqualTo(302);
            assertThat(browser.get(HEALTH).statusCode()).as(user).isEqualTo(200);
            assertThat(browser.get(WAITS).statusCode()).as(user).isEqualTo(200);
        }
    }

    @Test
    void theIcbSumsThePublishedReviewsOfItsPlacesOnlyAndSaysHowManyThatIs() {
        String page = new Browser(port).signedInAsDemoCommissioner().get(HEALTH).body();

        // Trafford (02A) and Stockport (01W) of the lookup's 10 Greater Manchester places; not Sheffield (South
        // Yorkshire), not Stockport's older run
        assertThat(Html.element(page, "p", "icb-coverage"))
                .endsWith(">2 of the ICB&#39;s 10 sub-ICB locations have a published review.");
        assertThat(Html.element(page, "span", "icb-members"))
                .endsWith(">Stockport (NHS Greater Manchester ICB - 01W), Trafford (NHS Greater Manchester ICB - 02A)");
        String icb = Html.element(page, "table", "icb-cells");
        // 120 + 90 = 210 referrals against 150 + 80 = 230: at risk; 20 + 10 = 30 children against 25 + 10 = 35: no data
        assertThat(Html.texts(icb, "<td class=\"govuk-table__cell govuk-table__cell--numeric\">([^<]*)</td>"))
                .containsExactly("210", "230 caseload", "30", "35 places");
        assertThat(Html.texts(icb, "<strong class=\"govuk-tag[^\"]*\">([^<]*)</strong>"))
                .containsExactly("At risk", "No data");
        assertThat(Html.rowHeaders(Html.element(page, "table", "locality-cells")))
                .containsExactly("Sale", "Stretford", "Urmston");
        assertThat(Html.rowHeaders(Html.element(page, "table", "place-cells")))
                .containsExactly("NHS Greater Manchester ICB - 02A", "NHS Greater Manchester ICB - 02A");
    }

    @Test
    void anIcbWithOneReviewedPlaceJudgesThatLasCellsAsTheLaDoes() {
        jdbc.update("DELETE FROM published_run WHERE la_code = ?", HealthFixtures.STOCKPORT);

        String page = new Browser(port).signedInAsDemoCommissioner().get(HEALTH).body();

        // the demo's case: Trafford alone of Greater Manchester's 10 places
        assertThat(Html.element(page, "p", "icb-coverage"))
                .endsWith(">1 of the ICB&#39;s 10 sub-ICB locations has a published review.");
        // Trafford's own cells: 120 referrals against 150 (100 in use = 66.7%, longest wait 12 weeks) and 20 children
        // against 25 places (forecast 22, all within reach): sufficient both, as the LA's cells are
        String icb = Html.element(page, "table", "icb-cells");
        assertThat(Html.texts(icb, "<td class=\"govuk-table__cell govuk-table__cell--numeric\">([^<]*)</td>"))
                .containsExactly("120", "150 caseload", "20", "25 places");
        assertThat(Html.texts(icb, "<strong class=\"govuk-tag[^\"]*\">([^<]*)</strong>"))
                .containsExactly("Sufficient", "Sufficient");
    }

    @Test
    void theBoardAndThePanelSeeCountsOfOneToFourAsFewerThanFive() {
        String urmston =
                "All needs, all ages, health, specialist, Urmston: %s referrals (in use plus waiting), 10 caseload";
        Browser commissioner = new Browser(port).signedInAsDemoCommissioner();
        assertThat(urmstonRow(commissioner.get(HEALTH).body())).contains(">3<", ">" + urmston.formatted("3") + "<");
        for (String user : new String[] {"board", "panel"}) {
            Browser browser = new Browser(port);
            browser.signIn(user, "trafford-demo");
            assertThat(urmstonRow(browser.get(HEALTH).body()))
                    .as(user)
                    .contains(">fewer than 5<", ">" + urmston.formatted("fewer than 5") + "<")
                    .doesNotContain(">3<");
        }
    }

    private static String urmstonRow(String page) {
        return Html.row(Html.element(page, "table", "locality-cells"), "Urmston");
    }

    @Test
    void aRunThatNamesNoPlaceShowsItsOwnCellsAndSaysWhyThereIsNoIcb() {
        jdbc.update("DELETE FROM run_health_place WHERE run_id = ?", fixtures.trafford);

        String page = new Browser(port).signedInAsDemoCommissioner().get(HEALTH).body();

        assertThat(Html.element(page, "div", "no-place")).contains("does not name its NHS");
        assertThat(page).doesNotContain("id=\"icb-cells\"", "id=\"health-place\"");
        assertThat(Html.rowHeaders(Html.element(page, "table", "place-cells"))).containsExactly("Trafford", "Trafford");
    }

    @Test
    void theTrendDownloadHoldsEveryMonthAndAreaOfTheTherapy() {
        HttpResponse<String> csv = new Browser(port)
                .signedInAsDemoCommissioner()
                .get("/health/waits.csv?la=" + HealthFixtures.TRAFFORD + "&therapy=SPEECH_AND_LANGUAGE");

        assertThat(csv.statusCode()).isEqualTo(200);
        // over 18 weeks = 18-52 + over 52; percent = over 18 / waiting, e.g. January ICB (2,108 + 518) / 5,847 = 44.9%
        assertThat(csv.body().lines().toList())
                .containsExactly(
                        "therapy,month,area_type,area,waiting,waiting_18_to_52_weeks,waiting_over_52_weeks,"
                                + "waiting_over_18_weeks,percent_over_18_weeks",
                        "Speech and language therapy,2023-01,ICB,Greater Manchester,5847,2108,518,2626,44.9",
                        "Speech and language therapy,2023-01,ENGLAND,England,67774,20810,2980,23790,35.1",
                        "Speech and language therapy,2023-01,PROVIDER," + HealthFixtures.MFT + ",1924,741,40,781,40.6",
                        "Speech and language therapy,2023-09,ICB,Greater Manchester,7684,2204,647,2851,37.1",
                        "Speech and language therapy,2023-09,ENGLAND,England,65057,22974,4156,27130,41.7",
                        "Speech and language therapy,2023-09,PROVIDER," + HealthFixtures.MFT + ",2124,999,15,1014,47.7",
                        "Speech and language therapy,2023-10,ICB,Greater Manchester,6647,1610,492,2102,31.6",
                        "Speech and language therapy,2023-10,ENGLAND,England,67790,22820,4113,26933,39.7",
                        "Speech and language therapy,2023-10,PROVIDER," + HealthFixtures.MFT + ",2055,927,4,931,45.3");
    }
}
