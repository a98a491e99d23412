package org.provisionlens.dashboards.reviewcontext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.dashboards.Html.element;
import static org.provisionlens.dashboards.Html.rowHeaders;
import static org.provisionlens.dashboards.Html.texts;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The thresholds box and the NHS waits on the review page and a health cell's page: see {@link ContextFixtures}. */
@DashboardsTest
class ReviewContextPageTests {

    static final String TRAFFORD = ContextFixtures.TRAFFORD;
    static final String HEALTH_CELL = ContextFixtures.HEALTH_CELL;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    long run;

    @BeforeEach
    void trafford() {
        run = new ContextFixtures(jdbc).greaterManchester();
    }

    @Test
    void theReviewPageSaysHowVerdictsAreSetAndWhereEachThresholdCameFrom() {
        String box = element(page("/review"), "div", "thresholds");

        assertThat(box)
                .contains("How verdicts are set for this review")
                .contains("partly from the manifest, the others defaults");
        assertThat(text(box, "rule-access"))
                .isEqualTo("Insufficient when demand now exceeds capacity, or less than 80% of the demand is within"
                        + " reach (default)");
        assertThat(text(box, "rule-horizon"))
                .isEqualTo("At risk when the forecast for 2 years ahead exceeds capacity (from the manifest)");
        assertThat(text(box, "rule-occupancy"))
                .isEqualTo("At risk when the cell is 90% full or more (from the manifest)");
        assertThat(text(box, "rule-waits")).isEqualTo("At risk when waits exceed 18 weeks (default)");
    }

    @Test
    void theReviewPageShowsTheIcbsWaitsOfTheLatestMonthAgainstEngland() {
        String section = element(page("/review"), "section", "nhs-waits");
        String table = element(section, "table", "nhs-waits-table");

        assertThat(section)
                .contains("NHS community health waits for NHS Greater Manchester ICB")
                .contains("<span id=\"nhs-waits-month\">October 2023</span>")
                .contains("id='nhs-waits-chart'");
        assertThat(cells(table, "Audiology"))
                .containsExactly("1,415", "468", "19", "33.1%", "26.8%", "6.2 points above England");
        assertThat(cells(table, "Community paediatrics"))
                .containsExactly("2,358", "504", "9", "21.4%", "60.2%", "38.8 points below England");
        assertThat(cells(table, "Occupational therapy"))
                .containsExactly("1,409", "521", "20", "37.0%", "37.8%", "0.8 points below England");
        assertThat(cells(table, "Speech and language therapy"))
                .containsExactly("6,647", "2,102", "492", "31.6%", "39.7%", "8.1 points below England");
        assertThat(table).doesNotContain("7,684");
    }

    @Test
    void theCsvHasEveryMonthOfTheIcbAndEngland() {
        HttpResponse<String> csv =
                new Browser(port).signedInAsDemoCommissioner().get("/review/nhs-waits.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().split("\r\n"))
                .hasSize(1 + 9)
                .contains(
                        "area_type,area,month,therapy,waiting,waiting_18_to_52_weeks,waiting_over_52_weeks,"
                                + "waiting_over_18_weeks,percent_over_18_weeks",
                        // (2204 + 647) / 7684 = 37.1%
                        "ICB,Greater Manchester,2023-09,Speech and language therapy,7684,2204,647,2851,37.1",
                        "ENGLAND,England,2023-10,Community paediatrics,83253,36093,14033,50126,60.2");
    }

    @Test
    void aHealthCellShowsTheWaitsOfItsServicesTherapiesAndSaysWhatHasNone() {
        String page = page(HEALTH_CELL);
        String section = element(page, "section", "cell-nhs-waits");
        String table = element(section, "table", "cell-nhs-waits-table");

        assertThat(page)
                .contains("How verdicts are set for this review: Insufficient when demand now exceeds capacity, or less"
                        + " than 80% of the demand is within reach; At risk when the forecast for 2 years ahead exceeds"
                        + " capacity; At risk when the cell is 90% full or more; At risk when waits exceed 18 weeks"
                        + " (thresholds partly from the manifest, the others defaults).");
        assertThat(rowHeaders(table)).containsExactly("Speech and language therapy");
        assertThat(cells(table, "Speech and language therapy"))
                .containsExactly("6,647", "2,102", "492", "31.6%", "39.7%", "8.1 points below England");
        assertThat(section)
                .contains("The NHS waiting lists give no figures for NHS Greater Manchester ICB for: Physiotherapy.")
                .contains("No NHS waiting list matches these services by name: Trafford Child and Adolescent Mental"
                        + " Health Service (CAMHS).");
    }

    @Test
    void anEducationCellShowsTheThresholdsButNoNhsWaits() {
        jdbc.update("""
                INSERT INTO sufficiency_cell (run_id, area_code, area_name, area_level, need_code, age_band, domain,
                    tier, ehc_plans, sen_support, demand, out_of_area, within_reach, horizon_year, forecast_demand,
                    verdict, reason)
                VALUES (?, ?, 'Trafford', 'LA', 'ALL', 'ALL', 'EDUCATION', 'SPECIALIST', 10, 0, 10, 0, 0, 2027, 10,
                        'no_data', 'no capacity is recorded for this cell')
                """, run, TRAFFORD);

        String page = page(HEALTH_CELL.replace("HEALTH", "EDUCATION"));

        assertThat(page).contains("id=\"verdict-rules\"").doesNotContain("cell-nhs-waits");
    }

    private String page(String path) {
        HttpResponse<String> response =
                new Browser(port).signedInAsDemoCommissioner().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The text of the element with the id, tags removed and spaces collapsed. */
    static String text(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element #" + id).isGreaterThan(0);
        String rest = html.substring(html.indexOf('>', start) + 1);
        return rest.substring(0, rest.indexOf("</li>"))
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** The data cells of the row headed {@code header}. */
    static List<String> cells(String table, String header) {
        int at = table.indexOf(">" + header + "<");
        assertThat(at).as("row " + header).isGreaterThan(0);
        return texts(table.substring(at, table.indexOf("</tr>", at)), "<td[^>]*>([^<]*)</td>");
    }
}
