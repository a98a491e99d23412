package org.provisionlens.dashboards.audit;

import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.audit.ListingField;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;
import org.provisionlens.dashboards.PublishedRun;

/** The audit of a published run; the overall score is the mean of the category scores, rounded (null: none). */
record AuditReport(
        PublishedRun run,
        List<CategoryRow> categories,
        List<ElementRow> elements,
        List<ListingRow> listings,
        List<FixRow> fixes,
        List<UnlistedRow> unlisted) {

    static final String CHART_ID = "audit-chart";
    static final String CHART_TITLE = "Schedule 2 completeness score by paragraph";
    static final String FIELDS_CHART_ID = "fields-chart";
    static final String FIELDS_CHART_TITLE = "Listings missing each Open Referral UK field";

    public Long overallScore() {
        if (categories.isEmpty()) {
            return null;
        }
        return Math.round(
                categories.stream().mapToInt(CategoryRow::score).average().orElse(0));
    }

    /** The elements of one category, in the table's order. */
    public List<ElementRow> elementsOf(String category) {
        return elements.stream().filter(e -> e.category().equals(category)).toList();
    }

    /** The listings with neither a phone number nor a postal address. */
    public List<ListingRow> withoutOfflineRoute() {
        return listings.stream().filter(l -> !l.offlineRoute()).toList();
    }

    /** How many listings miss each field, in the fields' order (every field, 0 included). */
    public List<FieldCount> missingByField() {
        List<FieldCount> counts = new ArrayList<>();
        for (ListingField field : ListingField.values()) {
            int missing = (int) listings.stream()
                    .filter(l -> l.missing().contains(field.label()))
                    .count();
            counts.add(
                    new FieldCount(field.label(), field.oruk(), field.level() == ListingField.Level.REQUIRED, missing));
        }
        return counts;
    }

    /** A field of the Open Referral UK check and how many listings miss it. */
    record FieldCount(String label, String oruk, boolean required, int missing) {
        public String levelText() {
            return required ? "Required" : "Recommended";
        }
    }

    String svg() {
        List<ChartValue> values = new ArrayList<>();
        for (CategoryRow row : categories) {
            values.add(ChartValue.of("Score", row.paragraphText(), row.score()));
        }
        return SvgCharts.groupedBar(
                new BarChart(CHART_ID, CHART_TITLE, "Schedule 2 paragraph", "Score (0-100)", values));
    }

    String fieldsSvg() {
        List<ChartValue> values = new ArrayList<>();
        missingByField().forEach(f -> values.add(ChartValue.of("Listings", f.label(), f.missing())));
        return SvgCharts.groupedBar(new BarChart(
                FIELDS_CHART_ID, FIELDS_CHART_TITLE, "Open Referral UK field", "Listings missing it", values));
    }
}
