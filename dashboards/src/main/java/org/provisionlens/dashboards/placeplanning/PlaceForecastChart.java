package org.provisionlens.dashboards.placeplanning;

import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;

/** The page's chart: pupils needing places each year, stacked by type, with the known places in the area as a line. */
final class PlaceForecastChart {

    static final String ID = "place-forecast-chart";
    static final String TITLE = "Pupils with EHC plans needing specialist places, Reception to Year 14, by type";
    static final String PLACES = "Places known in the area (all types)";

    private PlaceForecastChart() {}

    static String svg(PlaceForecastReport report) {
        List<ChartValue> bars = new ArrayList<>();
        List<ChartValue> places = new ArrayList<>();
        Integer known = report.knownPlaces();
        for (int year : report.years()) {
            String category = String.valueOf(year);
            for (TypeRow type : report.types()) {
                bars.add(new ChartValue(
                        type.label(), category, (double) Math.round(report.pupils(type.scapType(), year))));
            }
            places.add(ChartValue.of(PLACES, category, known));
        }
        return SvgCharts.stackedBarWithLine(new BarChart(ID, TITLE, "January of each year", "Pupils", bars), places);
    }
}
