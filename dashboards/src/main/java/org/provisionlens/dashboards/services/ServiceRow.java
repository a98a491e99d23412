package org.provisionlens.dashboards.services;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.provisionlens.dashboards.Formats;

/**
 * One service of the published run as the services table shows it. Unknown capacity is "Unknown" (never 0); unknown
 * use and waiting figures are "Not reported". {@code reviewOverdue}: never reviewed, or last reviewed more than 12
 * months before the run finished.
 */
record ServiceRow(
        String serviceId,
        String name,
        String organisation,
        String domain,
        String tier,
        List<String> needs,
        Integer minAge,
        Integer maxAge,
        Integer capacity,
        String capacityUnit,
        Integer currentUse,
        Integer waitingList,
        Integer waitingWeeks,
        String funder,
        Boolean inArea,
        LocalDate lastReviewed,
        boolean reviewOverdue,
        int mergedFrom,
        List<String> sourceInputs) {

    static final String UNKNOWN = "Unknown";
    static final String NOT_REPORTED = "Not reported";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    ServiceRow {
        needs = List.copyOf(needs);
        sourceInputs = List.copyOf(sourceInputs);
    }

    /** Never reviewed, or reviewed before {@code cutoff}. */
    static boolean overdue(LocalDate lastReviewed, LocalDate cutoff) {
        return lastReviewed == null || lastReviewed.isBefore(cutoff);
    }

    public String domainText() {
        return Labels.coded(domain);
    }

    public String tierText() {
        return Labels.coded(tier);
    }

    public String needsText() {
        return needs.isEmpty() ? Labels.NOT_RECORDED : String.join(", ", needs);
    }

    /** "11-19", "from 5", "up to 18" or "Not recorded". */
    public String agesText() {
        if (minAge != null && maxAge != null) {
            return minAge + "-" + maxAge;
        }
        if (minAge != null) {
            return "from " + minAge;
        }
        return maxAge != null ? "up to " + maxAge : Labels.NOT_RECORDED;
    }

    /** "120 places", "45 caseload", "30 hours per week"; "Unknown" when the capacity is not given. */
    public String capacityText() {
        if (capacity == null) {
            return UNKNOWN;
        }
        String count = Formats.count(capacity);
        if (capacityUnit == null) {
            return count + " (unit not recorded)";
        }
        return switch (capacityUnit) {
            case "PLACES" -> count + (capacity == 1 ? " place" : " places");
            case "CASELOAD" -> count + " caseload";
            case "HOURS_PER_WEEK" -> count + (capacity == 1 ? " hour per week" : " hours per week");
            default -> count + " " + Labels.coded(capacityUnit).toLowerCase(Locale.ROOT);
        };
    }

    public String currentUseText() {
        return reported(currentUse);
    }

    public String waitingListText() {
        return reported(waitingList);
    }

    public String waitingWeeksText() {
        return reported(waitingWeeks);
    }

    public String funderText() {
        return Labels.funder(funder);
    }

    public String inAreaText() {
        return inArea == null ? Labels.NOT_RECORDED : inArea ? "Yes" : "No";
    }

    public String lastReviewedText() {
        return lastReviewed == null ? "Never" : DATE.format(lastReviewed);
    }

    public boolean merged() {
        return mergedFrom > 1;
    }

    /** "Merged from 2 listings" for a merged service, else empty. */
    public String mergedText() {
        return merged() ? "Merged from " + mergedFrom + " listings" : "";
    }

    public String sourcesText() {
        return String.join(", ", sourceInputs);
    }

    private static String reported(Integer value) {
        return value == null ? NOT_REPORTED : Formats.count(value);
    }
}
