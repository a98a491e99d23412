package org.provisionlens.dashboards.placeplanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.dashboards.Html.element;
import static org.provisionlens.dashboards.Html.row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
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

/** The place forecast page and its downloads over {@link PlaceForecastFixtures}, worked out by hand there. */
@DashboardsTest
class PlaceForecastPageTests {

    static final String TRAFFORD = "E08000009";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    long run;

    @BeforeEach
    void trafford() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.reset();
        run = fixtures.run("trafford-2025", TRAFFORD, "Trafford", "published", Fixtures.STARTED.plusMinutes(2));
        fixtures.publish(run, TRAFFORD);
        new PlaceForecastFixtures(jdbc).forecast(run);
    }

    private Browser signedIn() {
        return new Browser(port).signedInAsDemoCommissioner();
    }

    private String page() {
        HttpResponse<String> response = signedIn().get("/place-forecast");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void needsASignIn() {
        HttpResponse<String> response = new Browser(port).get("/place-forecast");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browser.location(response)).endsWith("/login");
        assertThat(new Browser(port).get("/place-forecast.csv").statusCode()).isEqualTo(302);
    }

    @Test
    void showsThePlacesBesideThePupilsNowAndInFiveYears() {
        String places = element(page(), "table", "places");
        // special school: 30 places in the area, 10 outside; 22 pupils now, 25 of any age (DfE 24); 2027 23.4 -> 23
        // (20.0 to 26.6 -> 20 to 27); 30 - 23 = 7 spare
        assertThat(row(places, "Special school"))
                .containsSubsequence(">30<", ">10<", ">22<", ">25 (DfE SEN2: 24)<", ">23<", ">20 to 27<", ">7 spare<");
        // units: Birch's places unknown, so at least 8, and at least 8 - 7 = 1 spare
        assertThat(row(places, "SEN unit or resourced provision"))
                .containsSubsequence(
                        ">at least 8<",
                        ">None listed<",
                        ">6<",
                        ">6 (DfE SEN2: 6)<",
                        ">7<",
                        ">6 to 8<",
                        ">at least 1 spare<");
        // alternative provision: no setting in the area; DfE suppressed; 2.5 -> 3, so 3 short
        assertThat(row(places, "Alternative provision"))
                .containsSubsequence(
                        ">None in the area<",
                        ">None listed<",
                        ">2<",
                        ">2 (DfE SEN2: not available)<",
                        ">3<",
                        ">2 to 3<",
                        ">3 short<");
    }

    @Test
    void drawsTheChartWithItsTable() {
        String page = page();
        assertThat(page).contains("<svg role=\"img\" aria-labelledby=\"place-forecast-chart-title\"");
        String data = element(page, "table", "place-forecast-chart-data");
        // 2025: 22, 6, 2 = 30; 2027: 23.4 -> 23, 7.0 -> 7, 2.5 -> 3, all 32.9 -> 33; places at least 30 + 8 = 38
        assertThat(row(data, "2025 (census)")).containsSubsequence(">22<", ">6<", ">2<", ">30<", ">at least 38<");
        assertThat(row(data, "2027")).containsSubsequence(">23<", ">7<", ">3<", ">33<", ">at least 38<");
    }

    @Test
    void tabulatesEachTypeByYearGroupInScapShapeWithDfesCountBeside() {
        String page = page();
        String special = element(page, "table", "scap-special-school");
        assertThat(special).contains("January 2025 (census)").contains("DfE SEN2, January 2025");
        // R: 10, 10.4 -> 10, 10.8 -> 11, DfE 9; Y1: 12, 11.7 -> 12, 12.6 -> 13, DfE 12; total 22, 22.1 -> 22,
        // 23.4 -> 23, DfE 9 + 12 = 21
        assertThat(row(special, "Reception")).containsSubsequence(">10<", ">10<", ">11<", ">9<");
        assertThat(row(special, "Year 1")).containsSubsequence(">12<", ">12<", ">13<", ">12<");
        assertThat(row(special, "Reception to Year 14")).containsSubsequence(">22<", ">22<", ">23<", ">21<");
        String ap = element(page, "table", "scap-alternative-provision");
        assertThat(row(ap, "Year 1")).containsSubsequence(">2<", ">2<", ">3<", ">Not available<");
        String settings = element(page, "table", "settings");
        assertThat(row(settings, "Birch unit")).contains(">Unknown<").doesNotContain(">0<");
        assertThat(row(settings, "Independent placements")).contains("Outside the area");
        assertThat(element(page, "div", "method"))
                .contains("age at the January census minus 4")
                .contains("held at the census")
                .contains("All EHC plans")
                .contains("+4.0% (80%: -4.0% to +12.0%)");
    }

    @Test
    void aRunWithoutAPlaceForecastSaysSo() {
        jdbc.update("DELETE FROM place_forecast_cell");
        jdbc.update("DELETE FROM place_forecast_setting");
        jdbc.update("DELETE FROM place_forecast_growth");
        jdbc.update("DELETE FROM place_forecast_type");
        assertThat(page()).contains("This run has no place forecast");
        assertThat(signedIn().get("/place-forecast.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void downloadsTheScapTableAsCsv() {
        HttpResponse<String> response = signedIn().get("/place-forecast.csv?table=scap");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("provision-lens-e08000009-run-" + run + "-place-forecast-scap.csv");
        List<String> lines = response.body().lines().toList();
        // a header and 3 types x 2 year groups
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0))
                .isEqualTo("scap_type,provision,year_group,ncy,age_at_census,pupils_2025,pupils_2026,pupils_2027,"
                        + "dfe_sen2_2025");
        assertThat(lines.get(1)).isEqualTo("SPECIAL_SCHOOL,Special school,Reception,0,4,10.00,10.40,10.80,9");
        // DfE suppressed: an empty cell, never 0
        assertThat(lines.get(6)).isEqualTo("ALTERNATIVE_PROVISION,Alternative provision,Year 1,1,5,2.00,1.60,2.50,");
    }

    @Test
    void downloadsTheSummaryAndTheSettings() {
        List<String> summary = signedIn()
                .get("/place-forecast.csv?table=summary")
                .body()
                .lines()
                .toList();
        assertThat(summary.get(0))
                .isEqualTo("scap_type,provision,settings_in_area,settings_places_unknown,places_known_in_area,"
                        + "capacity_status,settings_out_of_area,places_known_out_of_area,"
                        + "pupils_2025_reception_to_y14,pupils_2025_all_ages,pupils_2025_outside_year_groups,"
                        + "dfe_sen2_2025_all_ages,pupils_2027,pupils_2027_low80,pupils_2027_high80");
        // 10 + 12 = 22; 10.8 + 12.6 = 23.4; 9.0 + 11.0 = 20; 12.6 + 14.0 = 26.6
        assertThat(summary.get(1))
                .isEqualTo("SPECIAL_SCHOOL,Special school,2,0,30,complete,1,10,22.00,25,3,24,23.40,20.00,26.60");
        List<String> settings = signedIn()
                .get("/place-forecast.csv?table=settings")
                .body()
                .lines()
                .toList();
        assertThat(settings)
                .contains("SEN_UNIT_OR_RESOURCED_PROVISION,SEN unit or resourced provision,"
                        + "services:BIRCH,Birch unit,,true");
        assertThat(signedIn().get("/place-forecast.csv?table=nothing").statusCode())
                .isEqualTo(400);
    }

    @Test
    void downloadsTheSameCellsAsXlsx() throws IOException {
        HttpResponse<byte[]> response = signedIn().getBytes("/place-forecast.xlsx?table=range");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("place-forecast-range.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            // 3 types x 3 years
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
            Row special2027 = sheet.getRow(3);
            assertThat(special2027.getCell(0).getStringCellValue()).isEqualTo("SPECIAL_SCHOOL");
            assertThat(special2027.getCell(2).getNumericCellValue()).isEqualTo(2027);
            // 10.8 + 12.6 = 23.4 [9.0 + 11.0 = 20.0, 12.6 + 14.0 = 26.6]
            assertThat(special2027.getCell(3).getNumericCellValue()).isEqualTo(23.4);
            assertThat(special2027.getCell(4).getNumericCellValue()).isEqualTo(20.0);
            assertThat(special2027.getCell(5).getNumericCellValue()).isEqualTo(26.6);
        }
    }
}
