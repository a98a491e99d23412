package org.provisionlens.core.forecast;

/**
 * A forecast for one year: the central value and its 80% and 95% prediction intervals (never below zero).
 */
public record Prediction(int year, double value, double low80, double high80, double low95, double high95) {

    public Prediction {
        if (!(low95 <= low80 && low80 <= value && value <= high80 && high80 <= high95)) {
            throw new IllegalArgumentException("intervals must nest around the value: " + low95 + " <= " + low80
                    + " <= " + value + " <= " + high80 + " <= " + high95);
        }
    }

    public boolean within80(double actual) {
        return actual >= low80 && actual <= high80;
    }

    public boolean within95(double actual) {
        return actual >= low95 && actual <= high95;
    }
}
