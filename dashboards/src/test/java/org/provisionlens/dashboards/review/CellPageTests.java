package org.provisionlens.dashboards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.dashboards.review.ReviewPageTests.element;
import static org.provisionlens.dashboards.review.ReviewPageTests.row;
import static org.provisionlens.dashboards.review.ReviewPageTests.rowHeaders;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.DemandDefinition;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A cell's page: Trafford's ASD cell (see {@link ReviewFixtures#traffordAsd()}) and its SEMH cell of no data. */
@DashboardsTest
class CellPageTests {

    static final String ASD = "/review/cell?area=E08000009&need=ASD&age=ALL&domain=EDUCATION&tier=SPECIALIST";
    static final String SEMH = "/review/cell?area=E08000009&need=SEMH&age=ALL&domain=EDUCATION&tier=SPECIALIST";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ReviewFixtures fixtures;

    @BeforeEach
    void trafford() {
        fixtures = new ReviewFixtures(jdbc).trafford().forecasts().services();
    }

    @Test
    void saysWhoCountsAsDemandHere() {
        // a run that wrote no definition (as before version 10): the page gives the core's for education, specialist
        assertThat(element(page(ASD), "p", "demand-definition"))
                .contains(DemandDefinition.of(Domain.EDUCATION, Tier.SPECIALIST)
                        .who()
                        .substring(0, 60));
        // a social care cell counting hours: the definition written with it; hours shown apart, never as capacity
        java.util.Map<String, Object> breaks = new java.util.LinkedHashMap<>();
        breaks.put("domain", "SOCIAL_CARE");
        breaks.put("ehc_plans", 860);
        breaks.put("demand", 860);
        breaks.put("capacity_unit", null);
        breaks.put("forecast_demand", 860);
        breaks.put("verdict", "insufficient");
        breaks.put("demand_definition", "Children and young people with EHC plans who are eligible");
        breaks.put("hours_available", 473);
        breaks.put("hours_used", 473);
        breaks.put("hours_waiting", 73);
        fixtures.cell(fixtures.published, "E08000009", "Trafford", "LA", "ALL", "ALL", breaks);
        String page = page("/review/cell?area=E08000009&need=ALL&age=ALL&domain=SOCIAL_CARE&tier=SPECIALIST");
        assertThat(element(page, "p", "demand-definition"))
                .contains("Children and young people with EHC plans who are eligible");
        String measures = element(page, "dl", "measures");
        assertThat(value(measures, "Hours (compared only with hours)"))
                .isEqualTo("473 used of 473 hours a week; 73 children waiting");
        assertThat(value(measures, "Demand")).isEqualTo("860");
        assertThat(value(measures, "Capacity")).isEqualTo("No places or caseload (hours are shown apart)");
    }

    @Test
    void showsTheCellsMeasuresVerdictAndReason() {
        String page = page(ASD);
        String measures = element(page, "dl", "measures");

        assertThat(page)
                .contains("<h1 class=\"govuk-heading-xl\">Autistic spectrum disorder (ASD), Trafford</h1>")
                .contains("<strong id=\"verdict\" class=\"govuk-tag govuk-tag--orange\">At risk</strong>")
                .contains("forecast demand 24 by 2028 exceeds capacity; 93% full");
        assertThat(value(measures, "Children and young people with EHC plans")).isEqualTo("18");
        assertThat(value(measures, "On SEN support")).isEqualTo("2");
        assertThat(value(measures, "Capacity")).isEqualTo("20.5 places");
        assertThat(value(measures, "In use")).isEqualTo("19");
        assertThat(value(measures, "Spare")).isEqualTo("1.5");
        assertThat(value(measures, "Occupancy")).isEqualTo("92.7%");
        assertThat(value(measures, "Waiting list")).isEqualTo("Not reported");
        assertThat(value(measures, "Longest wait")).isEqualTo("Not reported");
        assertThat(value(measures, "Placed outside Trafford")).isEqualTo("4");
        assertThat(value(measures, "Cost of placements outside")).isEqualTo("£120,000 a year");
        assertThat(value(measures, "Travel access"))
                .isEqualTo("85.0% (17 of 20) within 45 minutes' estimated journey of a suitable service with spare"
                        + " capacity");
        assertThat(value(measures, "Forecast demand")).isEqualTo("23.6 in 2028 (+18% on now)");
        assertThat(value(measures, "Gap (forecast demand minus capacity)")).isEqualTo("3.1 short");
    }

    @Test
    void unknownCapacityIsUnknownNeverZero() {
        String measures = element(page(SEMH), "dl", "measures");

        assertThat(value(measures, "Capacity")).isEqualTo("Unknown");
        assertThat(value(measures, "Spare")).isEqualTo("Unknown");
        assertThat(value(measures, "Occupancy")).isEqualTo("Unknown");
        assertThat(value(measures, "Gap (forecast demand minus capacity)")).isEqualTo("Unknown");
        assertThat(value(measures, "Travel access")).isEqualTo("Unknown");
        assertThat(value(measures, "Cost of placements outside")).isEqualTo("Unknown");
        assertThat(measures).doesNotContain(">0<").contains("No data");
    }

    @Test
    void drawsTheForecastOfAllPlansWithItsTableAndLinksToTheBacktest() {
        String page = page(ASD);
        String table = element(page, "table", "forecast");

        assertThat(page)
                .contains("<span id=\"series\">All EHC plans</span>")
                .contains("<svg role=\"img\" aria-labelledby=\"forecast-chart-title\"")
                .contains("EHC plans in Trafford (All EHC plans): actual and forecast</title>")
                .contains("stroke-dasharray")
                .contains("<a class=\"govuk-link\" id=\"trust-link\" href=\"/review/backtest?la=E08000009\">How far to"
                        + " trust this forecast</a>");
        assertThat(rowHeaders(table)).containsExactly("2023", "2024", "2025", "2026 (forecast)", "2027 (forecast)");
        assertThat(row(table, "2023")).contains(">100<");
        assertThat(row(table, "2026 (forecast)"))
                .contains(">122<")
                .contains(">117 to 127<")
                .contains(">112 to 132<");
        assertThat(row(table, "2027 (forecast)"))
                .contains(">130<")
                .contains(">120 to 140<")
                .contains(">110 to 150<");
        assertThat(table).doesNotContain("9,999").doesNotContain("9999");
    }

    @Test
    void anAgeBandUsesItsOwnSeriesOrFallsBackToAllPlans() {
        String teens = page(ASD.replace("age=ALL", "age=11-15"));
        assertThat(teens).contains("<span id=\"series\">Age 11-15</span>");
        assertThat(rowHeaders(element(teens, "table", "forecast"))).containsExactly("2024", "2025", "2026 (forecast)");
        assertThat(row(element(teens, "table", "forecast"), "2026 (forecast)"))
                .contains(">48<")
                .contains(">45 to 51<");

        String children = page(ASD.replace("age=ALL", "age=5-10"));
        assertThat(children).contains("<span id=\"series\">All EHC plans</span>");
    }

    @Test
    void listsTheServicesBehindTheCellWithTheirShare() {
        String table = element(page(ASD), "table", "services");

        assertThat(table).containsSubsequence("Pictor Academy", "Delamere School");
        assertThat(row(table, "Pictor Academy").replaceAll("\\s+", " "))
                .contains("href=\"/services/svc-pictor?la=E08000009\"")
                .contains(">Specialist<")
                .contains(">Unknown<")
                .contains(">50.0%<");
        assertThat(row(table, "Delamere School"))
                .contains("href=\"/services/svc-delamere?la=E08000009\"")
                .contains(">120 places<")
                .contains(">12.5%<");
    }

    @Test
    void aSingleAgeBandListsOnlyTheServicesSharedIntoIt() {
        String table = element(page(ASD.replace("age=ALL", "age=5-10")), "table", "services");

        assertThat(table).containsSubsequence("Pictor Academy", "Delamere School");
        assertThat(row(table, "Pictor Academy")).contains(">30.0%<");
        assertThat(row(table, "Delamere School")).contains(">7.5%<");

        String teens = element(page(ASD.replace("age=ALL", "age=11-15")), "table", "services");
        assertThat(row(teens, "Pictor Academy")).contains(">20.0%<");
        assertThat(row(teens, "Delamere School")).contains(">5.0%<");
    }

    @Test
    void aCellThatIsNotInThePublishedRunIsNotFound() {
        HttpResponse<String> response = new Browser(port)
                .signedInAsDemoCommissioner()
                .get("/review/cell?area=E02009999&need=ALL&age=ALL&domain=EDUCATION&tier=SPECIALIST");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    String page(String path) {
        HttpResponse<String> response =
                new Browser(port).signedInAsDemoCommissioner().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The value of a summary list row, whitespace collapsed. */
    static String value(String list, String key) {
        Matcher matcher = Pattern.compile(
                        "<dt class=\"govuk-summary-list__key\">" + Pattern.quote(key)
                                + "</dt>\\s*<dd class=\"govuk-summary-list__value\">(.*?)</dd>",
                        Pattern.DOTALL)
                .matcher(list);
        assertThat(matcher.find()).as(key).isTrue();
        return matcher.group(1)
                .replaceAll("\\s+", " ")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .trim();
    }
}
