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
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The map over {@link ReviewFixtures#boundaries()}: three MSOA localities (the LSOA is not drawn over them). All needs:
 * gaps -2 (Altrincham North) and 7 (Sale Central), so the scale breaks at half of 7 rounded up, 4; Urmston has no cell.
 */
@DashboardsTest
class MapPageTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void trafford() {
        new ReviewFixtures(jdbc).trafford().boundaries();
    }

    @Test
    void drawsOnePathPerLocalityFilledByItsGap() {
        String page = page("/review/map");
        String svg = element(page, "svg", "locality-map");

        assertThat(paths(svg)).isEqualTo(3);
        assertThat(path(svg, ReviewFixtures.ALTRINCHAM))
                .contains("pl-fill--spare-low")
                .contains("<title>Altrincham North: 2 spare</title>");
        assertThat(path(svg, ReviewFixtures.SALE))
                .contains("pl-fill--short-high")
                .contains("fill=\"#d4351c\"")
                .contains("<title>Sale Central: 7 short</title>");
        assertThat(path(svg, ReviewFixtures.URMSTON))
                .contains("pl-fill--no-data")
                .contains("fill=\"url(#pl-hatch)\"")
                .contains("<title>Urmston: No data</title>");
        assertThat(svg).doesNotContain("E01006001").doesNotContain("Draft Locality");
        assertThat(element(page, "ul", "map-legend"))
                .containsSubsequence(
                        "Short by 4 or more",
                        "Short by less than 4",
                        "No shortfall, less than 4 spare",
                        "4 or more spare",
                        "No data");
    }

    @Test
    void theTableBesideItHasTheSameValues() {
        String table = element(page("/review/map"), "table", "map-table");

        assertThat(rowHeaders(table)).containsExactly("Altrincham North", "Sale Central");
        assertThat(row(table, "Altrincham North")).contains(">2 spare<");
        assertThat(row(table, "Sale Central")).contains(">7 short<");
    }

    @Test
    void travelAccessIsOnASequentialScale() {
        String page = page("/review/map?measure=travel&need=ALL&age=ALL&domain=EDUCATION&tier=SPECIALIST");
        String svg = element(page, "svg", "locality-map");

        assertThat(path(svg, ReviewFixtures.ALTRINCHAM))
                .contains("pl-fill--travel-4")
                .contains("<title>Altrincham North: 92.0%</title>");
        assertThat(path(svg, ReviewFixtures.SALE)).contains("pl-fill--travel-2");
        assertThat(row(element(page, "table", "map-table"), "Sale Central")).contains(">60.0%<");
    }

    @Test
    void anotherNeedHasItsOwnBreaks() {
        String svg = element(page("/review/map?measure=gap&need=ASD"), "svg", "locality-map");

        // gaps -2 and 2: the break is 1
        assertThat(path(svg, ReviewFixtures.ALTRINCHAM)).contains("pl-fill--spare-high");
        assertThat(path(svg, ReviewFixtures.SALE)).contains("pl-fill--short-high");
    }

    String page(String path) {
        HttpResponse<String> response =
                new Browser(port).signedInAsDemoCommissioner().get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    static int paths(String svg) {
        Matcher matcher = Pattern.compile("<path class=\"pl-map__area").matcher(svg);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    static String path(String svg, String area) {
        int at = svg.indexOf("data-area=\"" + area + "\"");
        assertThat(at).as("path of " + area).isGreaterThan(0);
        return svg.substring(svg.lastIndexOf("<path", at), svg.indexOf("</path>", at));
    }
}
