package org.provisionlens.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTests {

    /** 20 latencies in ms; sorted: 5 6 7 8 9 10 11 12 13 14 | 15 18 19 22 25 27 30 33 41 120. */
    static final List<Double> MS = List.of(
            12.0, 7.0, 30.0, 5.0, 18.0, 22.0, 9.0, 41.0, 15.0, 11.0, 8.0, 27.0, 14.0, 6.0, 19.0, 33.0, 10.0, 25.0, 13.0,
            120.0);

    @Test
    void nearestRankOfTwentyLatencies() {
        assertThat(Percentiles.nearestRank(MS, 50)).isEqualTo(14.0); // the 10th smallest (ceil(0.50 * 20))
        assertThat(Percentiles.median(MS)).isEqualTo(14.0);
        assertThat(Percentiles.nearestRank(MS, 90)).isEqualTo(33.0); // the 18th
        assertThat(Percentiles.nearestRank(MS, 95)).isEqualTo(41.0); // the 19th
        assertThat(Percentiles.nearestRank(MS, 100)).isEqualTo(120.0);
        assertThat(Percentiles.nearestRank(MS, 1)).isEqualTo(5.0); // ceil(0.2) = the 1st
        assertThat(Percentiles.max(MS)).isEqualTo(120.0);
        assertThat(Percentiles.min(MS)).isEqualTo(5.0);
    }

    @Test
    void threeRunsGiveTheMiddleAsMedianAndNothingGivesNaN() {
        assertThat(Percentiles.median(List.of(2.5, 0.9, 1.4))).isEqualTo(1.4);
        assertThat(Percentiles.nearestRank(List.of(), 95)).isNaN();
    }

    @Test
    void pageFiguresCountErrorsBesideTheTimes() {
        DashboardLatency.PageFigures figures = DashboardLatency.figures("/review", MS, 2);
        assertThat(figures).isEqualTo(new DashboardLatency.PageFigures("/review", 20, 2, 14.0, 41.0, 120.0));
    }

    @Test
    void theSignInFormsTokenIsFound() {
        String html = "<form method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"abc-123_X\"/></form>";
        assertThat(DashboardLatency.csrfToken(html)).isEqualTo("abc-123_X");
        assertThat(DashboardLatency.csrfToken("<input value=\"t0k\" name=\"_csrf\">"))
                .isEqualTo("t0k");
        assertThat(DashboardLatency.csrfToken("<form></form>")).isNull();
    }
}
