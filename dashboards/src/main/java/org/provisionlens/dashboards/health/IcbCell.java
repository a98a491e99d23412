package org.provisionlens.dashboards.health;

import java.util.List;
import org.provisionlens.core.sufficiency.CellAssessment;
import org.provisionlens.core.sufficiency.CellMeasures;

/**
 * A health or social care domain and tier summed over the ICB's published LAs and judged again: its sum, the LAs in
 * it, and the verdict the core's rules give the sum.
 */
record IcbCell(String domain, String tier, List<String> laNames, CellAssessment assessment) {

    IcbCell {
        laNames = List.copyOf(laNames);
    }

    public String label() {
        return Labels.domain(domain) + ", " + Labels.tier(tier);
    }

    public int demand() {
        return measures().demand();
    }

    public String capacityText() {
        return measures().capacity() == null
                ? "Unknown"
                : Labels.whole(measures().capacity())
                        + (assessment.capacityUnit() == null ? "" : " " + assessment.capacityUnit());
    }

    public String verdict() {
        return assessment.verdict().code();
    }

    public String verdictLabel() {
        return assessment.verdict().verdictCode().label();
    }

    public String tagClass() {
        return Labels.tagClass(verdict());
    }

    public String reason() {
        return assessment.verdict().reason();
    }

    public String lasText() {
        return String.join(", ", laNames);
    }

    private CellMeasures measures() {
        return assessment.measures();
    }
}
