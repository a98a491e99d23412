package org.provisionlens.dashboards.sufficiency;

import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;

/** The two charts of the sufficiency page, drawn from exactly the numbers of the tables shown with them. */
final class SufficiencyCharts {

    static final String PLACES_TITLE = "Places and EHC plans by kind of specialist provision";
    static final String NEEDS_TITLE = "EHC plans in specialist provision by primary need";

    private SufficiencyCharts() {}

    static BarChart placesChart(List<SufficiencyRow> rows) {
        List<ChartValue> values = new ArrayList<>();
        for (SufficiencyRow row : rows) {
            values.add(ChartValue.of("Places (known)", row.provisionLabel(), row.chartPlaces()));
            values.add(ChartValue.of("EHC plans placed", row.provisionLabel(), row.plansPlaced()));
        }
        return new BarChart("places-chart", PLACES_TITLE, "Kind of specialist provision", "Number", values);
    }

    static BarChart needsChart(NeedsTable table) {
        List<ChartValue> values = new ArrayList<>();
        for (NeedsTable.Line line : table.lines()) {
            for (int i = 0; i < table.kinds().size(); i++) {
                String cell = line.cells().get(i);
                Integer plans = cell.chars().allMatch(Character::isDigit) ? Integer.valueOf(cell) : null;
                values.add(ChartValue.of(table.kinds().get(i).provisionLabel(), line.needCode(), plans));
            }
        }
        return new BarChart("needs-chart", NEEDS_TITLE, "Primary need", "EHC plans", values);
    }

    static String placesSvg(List<SufficiencyRow> rows) {
        return SvgCharts.groupedBar(placesChart(rows));
    }

    static String needsSvg(NeedsTable table) {
        return SvgCharts.stackedBar(needsChart(table));
    }
}
