package org.provisionlens.dashboards.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The review's tables as CSV and XLSX: the same numbers as the pages, unknown as empty. */
@DashboardsTest
class ReviewDownloadTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ReviewFixtures data;

    @BeforeEach
    void trafford() {
        data = new ReviewFixtures(jdbc).trafford().boundaries().backtest();
    }

    @Test
    void theCellsAsCsvInHeatMapOrder() {
        HttpResponse<String> response = signedIn().get("/review.csv?table=cells");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("provision-lens-e08000009-run-" + data.published + "-review-cells.csv");
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).startsWith("area_code,area,area_level,need_code,need,age_band,domain,tier,ehc_plans,");
        // each row says who counts as demand in it: here education, specialist
        assertThat(lines.get(0)).endsWith(",verdict,reason,demand_definition");
        assertThat(lines.get(1)).contains("Children and young people with EHC plans placed in a specialist setting");
        assertThat(lines.get(1))
                .startsWith("E08000009,Trafford,LA,ALL,All needs,ALL,EDUCATION,SPECIALIST,27,3,30,25.00,");
        // SEMH in Trafford: capacity unknown is an empty cell, never 0
        assertThat(lines.get(7))
                .startsWith(
                        "E08000009,Trafford,LA,SEMH,\"Social, emotional and mental health\",ALL,EDUCATION,SPECIALIST,7,3,10,,PLACES,");
        assertThat(response.body()).doesNotContain("Draft Locality");
    }

    @Test
    void theComparisonAsCsv() {
        String csv = signedIn().get("/review.csv?table=compare").body();

        assertThat(csv.lines().toList())
                .containsExactly(
                        "cell,area_code,need_code,previous_verdict,verdict,change,previous_run_id",
                        "\"All needs, Trafford\",E08000009,ALL,at_risk,insufficient,worse," + data.earlier,
                        "\"Autistic spectrum disorder (ASD), Trafford\",E08000009,ASD,insufficient,at_risk,better,"
                                + data.earlier,
                        "\"Autistic spectrum disorder (ASD), Altrincham North\",E02001001,ASD,at_risk,sufficient,better,"
                                + data.earlier);
    }

    @Test
    void theMapAndTheBacktestAsCsv() {
        assertThat(signedIn()
                        .get("/review.csv?table=map&measure=gap")
                        .body()
                        .lines()
                        .toList())
                .containsExactly(
                        "locality_code,locality,measure,value,class",
                        "E02001001,Altrincham North,gap,-2.00,\"No shortfall, less than 4 spare\"",
                        "E02001002,Sale Central,gap,7.00,Short by 4 or more");
        List<String> backtest =
                signedIn().get("/review.csv?table=backtest").body().lines().toList();
        assertThat(backtest).hasSize(6);
        assertThat(backtest.get(0))
                .isEqualTo("model,origin,horizon,eligible_las,scored_las,points,median_error_pct,mean_error_pct,"
                        + "within80,within95,blend_weight,chosen");
        assertThat(backtest).contains("BLEND_REGIONAL,2022,0,3,2,50,5.0000,5.5000,39,48,0.25,yes");
        List<String> breaks =
                signedIn().get("/review.csv?table=breaks").body().lines().toList();
        assertThat(breaks)
                .containsExactly(
                        "la_code,la_name,year,value,previous,log_change,typical_log_change",
                        "E09000025,Newham,2025,1199.00,2705.00,-0.8136,0.1015");
    }

    @Test
    void theCellsAsXlsxReadBack() throws Exception {
        HttpResponse<byte[]> response = bytes("/review.xlsx?table=cells");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("capacity");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            Row trafford = sheet.getRow(1);
            assertThat(trafford.getCell(10).getNumericCellValue()).isEqualTo(30.0);
            assertThat(trafford.getCell(11).getNumericCellValue()).isEqualTo(25.0);
            Row asd = sheet.getRow(4); // All needs x 3 areas, then ASD in Trafford
            assertThat(asd.getCell(3).getStringCellValue()).isEqualTo("ASD");
            assertThat(asd.getCell(11).getNumericCellValue()).isEqualTo(20.5);
            Row semh = sheet.getRow(7);
            assertThat(semh.getCell(3).getStringCellValue()).isEqualTo("SEMH");
            assertThat(semh.getCell(11).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void anUnknownTableIsABadRequest() {
        assertThat(signedIn().get("/review.csv?table=secrets").statusCode()).isEqualTo(400);
    }

    Browser signedIn() {
        return new Browser(port).signedInAsDemoCommissioner();
    }

    /** Signs in with a {@link Browser}, then fetches bytes with its session cookie. */
    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        java.net.CookieManager cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String login = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "username=commissioner&password=trafford-demo&_csrf=" + Browser.csrfToken(login);
        client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
