package org.provisionlens.dashboards.audit;

import java.util.List;

/**
 * One Schedule 2 element of a published run: met or not, the rule it was checked by, and the listings that show it.
 *
 * @param summary "1 listing shows it", "3 of 103 listings show it", "no listing shows it"
 */
record ElementRow(
        String category,
        String element,
        String name,
        String rule,
        boolean met,
        String summary,
        List<EvidenceRow> evidence) {

    ElementRow {
        evidence = List.copyOf(evidence);
    }

    public String tagText() {
        return met ? "Met" : "Missing";
    }

    public String tagClass() {
        return met ? "govuk-tag govuk-tag--green" : "govuk-tag govuk-tag--red";
    }

    /** The evidence the page shows: the first few listings (the download has them all). */
    public List<EvidenceRow> shownEvidence() {
        return evidence.subList(0, Math.min(SHOWN, evidence.size()));
    }

    public int moreEvidence() {
        return Math.max(0, evidence.size() - SHOWN);
    }

    static final int SHOWN = 3;
}
