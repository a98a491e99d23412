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
    private static final String BLACK = "rgb(11,12,12)";

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

    @Test
    void drawsTheStackedBarsAndAMarkerPerKnownValueOfTheLine() {
        BarChart pupils = new BarChart(
                "pupils-chart",
                "Pupils needing places",
                "Year",
                "Pupils",
                List.of(
                        ChartValue.of("Special school", "2025", 900),
                        ChartValue.of("Units", "2025", 150),
                        ChartValue.of("Special school", "2026", 950),
                        ChartValue.of("Units", "2026", 160),
                        ChartValue.of("Special school", "2027", 990),
                        ChartValue.of("Units", "2027", 170)));
        List<ChartValue> places = List.of(
                ChartValue.of("Places", "2025", 1000),
                ChartValue.of("Places", "2026", 1000),
                ChartValue.of("Places", "2027", null));

        String svg = SvgCharts.stackedBarWithLine(pupils, places);

        assertThat(svg).startsWith("<svg role=\"img\" aria-labelledby=\"pupils-chart-title\"");
        assertThat(rectsFilled(svg, BLUE)).isEqualTo(3);
        assertThat(svg).contains("Places");
        // a black marker in the plot for 2025 and 2026, none for 2027's unknown places (the legend's is outside the
        // plot's clip)
        long markers = Pattern.compile(
                        "<g style='fill:" + Pattern.quote(BLACK) + ";stroke:none' clip-path='url\\(#\\w+clip-2\\)'>")
                .matcher(svg)
                .results()
                .count();
        assertThat(markers).isEqualTo(2);
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
