package org.provisionlens.core.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StackedBarWithLineTests {

    private static final String BLUE = "rgb(29,112,184)";
    private static final String BLACK = "rgb(11,12,12)";

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
        assertThat(rects(svg, BLUE)).isEqualTo(3);
        assertThat(svg).contains("Places");
        // a black marker in the plot for 2025 and 2026, none for 2027's unknown places (the legend's is outside the
        // plot's clip)
        Matcher marker = Pattern.compile(
                        "<g style='fill:" + Pattern.quote(BLACK) + ";stroke:none' clip-path='url\\(#\\w+clip-2\\)'>")
                .matcher(svg);
        int markers = 0;
        while (marker.find()) {
            markers++;
        }
        assertThat(markers).isEqualTo(2);
    }

    private static int rects(String svg, String colour) {
        Matcher rect = Pattern.compile("<rect[^>]*fill:" + Pattern.quote(colour) + "[;')][^>]*>")
                .matcher(svg);
        int count = 0;
        while (rect.find()) {
            count++;
        }
        return count;
    }
}
