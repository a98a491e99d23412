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
        List<UnlistedRow> unlisted,
        List<FindingRow> findings) {

    static final String CHART_ID = "audit-chart";
    static final String CHART_TITLE = "Schedule 2 completeness score by paragraph";
    static final String FIELDS_CHART_ID = "fields-chart";
    static final String FIELDS_CHART_TITLE = "Listings missing each Open Referral UK field";
    static final String FINDINGS_CHART_ID = "findings-chart";
    static final String FINDINGS_CHART_TITLE = "Faults found in optional fields, by field";

    AuditReport {
        findings = List.copyOf(findings);
    }

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

    /** The findings, values as given left out unless {@code withValues} (a commissioner or an admin). */
    List<FindingRow> findingRows(boolean withValues) {
        return withValues
                ? findings
                : findings.stream().map(FindingRow::withoutValue).toList();
    }

    /** How many findings each listing has, in the findings' order (listings by name). */
    public List<ListingFindings> findingsByListing() {
        java.util.Map<String, ListingFindings> byListing = new java.util.LinkedHashMap<>();
        for (FindingRow finding : findings) {
            byListing.merge(
                    finding.listingId(),
                    new ListingFindings(finding.listingId(), finding.nameText(), 1),
                    (a, b) -> new ListingFindings(a.listingId(), a.name(), a.findings() + 1));
        }
        return List.copyOf(byListing.values());
    }

    /** How many findings each field has, most first (then by field). */
    public List<FieldFindings> findingsByField() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        findings.forEach(f -> counts.merge(f.fieldLabel(), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new FieldFindings(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparingInt(FieldFindings::findings)
                        .reversed())
                .toList();
    }

    /** A listing and how many faults were found in its optional fields. */
    record ListingFindings(String listingId, String name, int findings) {}

    /** A field (in words) and how many faults were found in it. */
    record FieldFindings(String field, int findings) {}

    String findingsSvg() {
        List<ChartValue> values = new ArrayList<>();
        findingsByField().forEach(f -> values.add(ChartValue.of("Findings", f.field(), f.findings())));
        return SvgCharts.groupedBar(
                new BarChart(FINDINGS_CHART_ID, FINDINGS_CHART_TITLE, "Field", "Faults found", values));
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
