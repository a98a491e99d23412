package org.provisionlens.core.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastSvgTests {

    static final ForecastChart CHART = new ForecastChart(
            "forecast-chart",
            "EHC plans in Trafford: actual & forecast",
            "EHC plans",
            List.of(
                    new ForecastPoint(2027, true, 130, 120.0, 140.0, 110.0, 150.0),
                    ForecastPoint.actual(2023, 100),
                    ForecastPoint.actual(2024, 110),
                    ForecastPoint.actual(2025, 115),
                    new ForecastPoint(2026, true, 122, 117.0, 127.0, 112.0, 132.0)));

    @Test
    void keepsThePointsInYearOrderAndSplitsActualsFromForecasts() {
        assertThat(CHART.points()).extracting(ForecastPoint::year).containsExactly(2023, 2024, 2025, 2026, 2027);
        assertThat(CHART.actuals()).extracting(ForecastPoint::year).containsExactly(2023, 2024, 2025);
        assertThat(CHART.forecasts()).extracting(ForecastPoint::year).containsExactly(2026, 2027);
    }

    @Test
    void isAnAccessibleInlineSvgWithItsTitle() {
        String svg = SvgCharts.forecast(CHART);

        assertThat(svg).startsWith("<svg role=\"img\" aria-labelledby=\"forecast-chart-title\"");
        assertThat(svg)
                .contains("<title id=\"forecast-chart-title\">EHC plans in Trafford: actual &amp; forecast</title>");
        assertThat(svg).contains("id='forecast-chart'");
        assertThat(svg).doesNotContain("width=\"760\"");
    }

    @Test
    void drawsTheForecastDashedAndBothIntervalsAsTranslucentBands() {
        String svg = SvgCharts.forecast(CHART);

        // the forecast line, dashed in dark blue; the two bands, light blue at 20% and at 40% opacity
        assertThat(svg.contains(
                        "stroke:rgb(0,48,120);stroke-opacity:1.0;stroke-miterlimit:10.0;stroke-dasharray:8.0,6.0"))
                .as("a dashed forecast line")
                .isTrue();
        assertThat(svg.contains("fill:rgb(86,148,202);fill-opacity:0.2"))
                .as("the 95% band")
                .isTrue();
        assertThat(svg.contains("fill:rgb(86,148,202);fill-opacity:0.4"))
                .as("the 80% band")
                .isTrue();
        // years with no thousands separator, and the legend
        assertThat(svg.contains(">2025<") && !svg.contains("2,025"))
                .as("plain years")
                .isTrue();
        for (String item : new String[] {">Actual<", ">Forecast<", ">80% interval<", ">95% interval<"}) {
            assertThat(svg.contains(item)).as(item).isTrue();
        }
    }

    @Test
    void refusesAnIntervalWithOneBound() {
        assertThatThrownBy(() -> new ForecastPoint(2026, true, 1, 0.5, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
