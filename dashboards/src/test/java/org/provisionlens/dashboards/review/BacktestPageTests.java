package org.provisionlens.dashboards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.dashboards.review.ReviewPageTests.element;
import static org.provisionlens.dashboards.review.ReviewPageTests.row;

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
    void summarisesEachModelInASentence() {
        String summaries = element(page(), "div", "summaries").replace("&#39;", "'");

        assertThat(summaries)
                .contains("Fitted on the years up to 2022 and tested on 2023-2025 across 3 English local"
                        + " authorities, the log-linear trend's forecasts were off by a median of 4.0% (mean 5.3%); 83% of the"
                        + " actual figures fell inside the 80% interval and 100% inside the 95% interval.");
        assertThat(summaries)
                .contains("the linear trend's forecasts were off by a median of 6.0% (mean 5.3%); 67% of"
                        + " the actual figures fell inside the 80% interval and 83% inside the 95% interval.");
        assertThat(summaries).contains(">Chosen for 2 of 3<").contains(">Chosen for 1 of 3<");
        assertThat(summaries).doesNotContain("Knowsley");
    }

    @Test
    void drawsTheHistogramWithItsTable() {
        String page = page();
        String data = element(page, "table", "backtest-chart-data");

        assertThat(page).contains("<svg role=\"img\" aria-labelledby=\"backtest-chart-title\"");
        // linear 3.0 | 6.0, 7.0; log-linear 2.0, 4.0 | 10.0
        assertThat(row(data, "0% to under 5%")).containsSubsequence(">1<", ">2<");
        assertThat(row(data, "5% to under 10%")).containsSubsequence(">2<", ">0<");
        assertThat(row(data, "10% to under 15%")).containsSubsequence(">0<", ">1<");
        assertThat(row(data, "30% or more")).containsSubsequence(">0<", ">0<");
    }

    @Test
    void tabulatesEveryAuthorityMarkingTheChosenModelAndHighlightingThisReview() {
        String table = element(page(), "table", "backtest");

        assertThat(table.split("pl-row--highlight", -1)).hasSize(3); // Trafford's two rows
        assertThat(table).containsSubsequence("Wigan", "Trafford", "City of London", "Wigan", "Trafford");
        assertThat(table).doesNotContain("Knowsley").doesNotContain("99.0%");
        String trafford = table.substring(table.indexOf("data-la=\"E08000009\" data-model=\"LOG_LINEAR\""));
        trafford = trafford.substring(0, trafford.indexOf("</tr>"));
        assertThat(trafford)
                .contains("This review")
                .contains("log-linear trend")
                .contains(">Chosen<")
                .contains(">4.0%<")
                .contains(">2 of 2<");
    }

    String page() {
        HttpResponse<String> response =
                new Browser(port).signedInAsDemoCommissioner().get("/review/backtest");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
