package org.provisionlens.core.sufficiency;

import java.util.Objects;

/**
 * A cell with its measures, what its capacity counts ("places", "caseload", "places and caseload"; {@code null} when
 * no capacity is known), its forecast growth (demand at the horizon / demand now; {@code null} = no forecast) and
 * its verdict.
 */
public record CellAssessment(
        CellKey key, CellMeasures measures, String capacityUnit, Double growth, int horizonYear, Verdict verdict) {

    public CellAssessment {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** Forecast demand at the horizon, or demand now when there is no forecast. */
    public double forecastDemand() {
        return growth == null ? measures.demand() : measures.demand() * growth;
    }

    /** Forecast demand minus capacity; {@code null} when capacity is unknown. */
    public Double gap() {
        return measures.capacity() == null ? null : forecastDemand() - measures.capacity();
    }
}
