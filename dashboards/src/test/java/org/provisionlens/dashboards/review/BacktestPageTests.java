package org.provisionlens.dashboards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.dashboards.review.ReviewPageTests.element;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The back-test over {@link ReviewFixtures#backtest()}, worked out by hand there. */
@DashboardsTest
class BacktestPageTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void trafford() {
        new ReviewFixtures(jdbc).trafford().backtest();
    }

    @Test
    void saysWhichModelWasChosenAndWhy() {
        String chosen = element(page(), "div", "chosen").replace("&#39;", "'");

        assertThat(chosen)
                .contains("The forecasts use the last value times own growth blended with regional.")
                .contains("4.50%")
                .contains("the chosen model's is 35.7% lower");
    }

    @Test
    void tabulatesTheModelsByOriginMarkingTheChosenOne() {
        String table = element(page(), "table", "backtest").replace("&#39;", "'");

        assertThat(table).containsSubsequence("2021 (3 of 3 LAs)", "2022 (2 of 3 LAs)");
        assertThat(table).doesNotContain("99.00");
        String blend = table.substring(table.indexOf("data-model=\"BLEND_REGIONAL\""));
        blend = blend.substring(0, blend.indexOf("</tr>"));
        assertThat(blend)
                .contains(">Chosen<")
                .containsSubsequence(">4.00%<", ">5.00%<", ">80.0% / 94.0%<", ">5.00%<", ">5.50%<")
                .containsSubsequence(">4.50%<", ">79.0%<", ">95.0%<");
        String drift = table.substring(table.indexOf("data-model=\"NAIVE_DRIFT\""));
        drift = drift.substring(0, drift.indexOf("</tr>"));
        // 4 of 6 inside the 80% interval at 2021
        assertThat(drift).contains(">66.7% / 100.0%<").doesNotContain(">Chosen<");
    }

    @Test
    void drawsTheMedianErrorsAndListsTheBreaks() {
        String page = page();
        assertThat(page).contains("<svg role=\"img\" aria-labelledby=\"backtest-chart-title\"");
        String breaks = element(page, "table", "breaks");
        assertThat(breaks).containsSubsequence("Newham", ">2025<", ">2,705<", ">1,199<", ">-55.7%<", ">10.7%<");
    }

    @Test
    void showsTheChosenModelByHorizon() {
        // the fixture's one horizon row: the blend one year ahead from 2022, 3.00% (3.50%), 20 and 24 of 25 inside
        String horizons = element(page(), "table", "backtest-horizons");
        assertThat(horizons).containsSubsequence(">1<", ">3.00%<", ">3.50%<", ">80.0% / 96.0%<");
    }

    String page() {
        HttpResponse<String> response =
                new Browser(port).signedInAsDemoCommissioner().get("/review/backtest");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
