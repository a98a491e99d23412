package org.provisionlens.core.reorganisation;

/**
 * Which demand forecast the impact is judged under: the published run's EHC plan forecast at the horizon year, at the
 * lower end of its 80% interval, its central value, or the upper end.
 */
public enum Scenario {
    LOW("Low (lower end of the 80% forecast interval)"),
    CENTRAL("Central forecast"),
    HIGH("High (upper end of the 80% forecast interval)");

    private final String label;

    Scenario(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
