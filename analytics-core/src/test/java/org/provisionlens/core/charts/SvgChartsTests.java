package org.provisionlens.core.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgChartsTests {

    private static final String BLUE = "rgb(29,112,184)";
    private static final String ORANGE = "rgb(244,119,56)";

    private static final BarChart PLACES = new BarChart(
            "places-chart",
            "Places & EHC plans by kind",
            "Kind of specialist provision",
            "Number",
            List.of(
                    ChartValue.of("Places", "Special schools", 932),
                    ChartValue.of("EHC plans", "Special schools", 821),
                    ChartValue.of("Places", "Independent special", null),
                    ChartValue.of("EHC plans", "Independent special", 140),
                    ChartValue.of("Places", "Resourced provision", 60),
                    ChartValue.of("EHC plans", "Resourced provision", 55)));

    @Test
    void groupedBarIsAnAccessibleInlineSvgWithItsTitle() {
        String svg = SvgCharts.groupedBar(PLACES);

        assertThat(svg).startsWith("<svg role=\"img\" aria-labelledby=\"places-chart-title\"");
        assertThat(svg).contains("<title id=\"places-chart-title\">Places &amp; EHC plans by kind</title>");
        assertThat(svg).contains("id='places-chart'");
        assertThat(svg).contains("Special schools").contains("Resourced provision");
        assertThat(svg).doesNotContain("width=\"760\"");
    }

    @Test
    void groupedBarDrawsOneBarPerKnownValueAndNoneForUnknown() {
        String svg = SvgCharts.groupedBar(PLACES);

        assertThat(rectsFilled(svg, BLUE)).isEqualTo(2);
        assertThat(rectsFilled(svg, ORANGE)).isEqualTo(3);
        assertThat(PLACES.knownValues()).isEqualTo(5);
    }

    @Test
    void stackedBarDrawsOneSegmentPerKnownValue() {
        BarChart needs = new BarChart(
                "needs-chart",
                "EHC plans in specialist provision by primary need",
                "Primary need",
                "EHC plans",
                List.of(
                        ChartValue.of("Special schools", "ASD", 300),
                        ChartValue.of("Independent special", "ASD", 80),
                        ChartValue.of("Special schools", "SLCN", 120),
                        ChartValue.of("Independent special", "SLCN", null)));

        String svg = SvgCharts.stackedBar(needs);

        assertThat(svg).contains("<title id=\"needs-chart-title\">EHC plans in specialist provision by primary need");
        assertThat(rectsFilled(svg, BLUE)).isEqualTo(2);
        assertThat(rectsFilled(svg, ORANGE)).isEqualTo(1);
    }

    @Test
    void unknownIsNullNeverZeroAndIdsMustBeHtmlIds() {
        assertThat(ChartValue.of("s", "c", null).known()).isFalse();
        assertThatThrownBy(() -> new BarChart("1 bad", "t", "x", "y", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChartValue("s", "c", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int rectsFilled(String svg, String colour) {
        Matcher rect = Pattern.compile("<rect[^>]*fill:" + Pattern.quote(colour) + "[;')][^>]*>")
                .matcher(svg);
        int count = 0;
        while (rect.find()) {
            count++;
        }
        return count;
    }
}
