package org.provisionlens.jobs.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.provisionlens.core.sufficiency.VerdictThresholds;

/**
 * The verdict thresholds a review run uses: those its manifest gives ({@code "thresholds": {...}}), each other one at
 * its default ({@link VerdictThresholds#defaults()}).
 *
 * @param given the names of the thresholds the manifest gave
 */
public record ManifestThresholds(VerdictThresholds values, Set<String> given) {

    public static final String OCCUPANCY = "atRiskOccupancyPercent";
    public static final String WAITING_WEEKS = "atRiskWaitingWeeks";
    public static final String TRAVEL_ACCESS = "insufficientTravelAccess";
    public static final String HORIZON = "horizonYears";

    public ManifestThresholds {
        Objects.requireNonNull(values, "values");
        given = Set.copyOf(given);
    }

    public static ManifestThresholds defaults() {
        return new ManifestThresholds(VerdictThresholds.defaults(), Set.of());
    }

    /** Each threshold by name, in the manifest's order of fields, with its value. */
    public Map<String, Number> byName() {
        Map<String, Number> values = new LinkedHashMap<>();
        values.put(OCCUPANCY, this.values.atRiskOccupancyPercent());
        values.put(WAITING_WEEKS, this.values.atRiskWaitingWeeks());
        values.put(TRAVEL_ACCESS, this.values.insufficientTravelAccess());
        values.put(HORIZON, this.values.horizonYears());
        return values;
    }

    /** "manifest" when the manifest gave the threshold, else "default". */
    public String source(String threshold) {
        return given.contains(threshold) ? "manifest" : "default";
    }

    /**
     * Reads the manifest's {@code thresholds} object (absent: every default), adding a problem for each field that is
     * unknown or out of range, naming the field and what was expected.
     */
    static ManifestThresholds read(JsonNode node, List<String> problems) {
        if (node == null || node.isNull()) {
            return defaults();
        }
        if (!node.isObject()) {
            problems.add("thresholds: expected an object such as {\"" + OCCUPANCY + "\": 95, \"" + WAITING_WEEKS
                    + "\": 18}, found " + node);
            return defaults();
        }
        VerdictThresholds defaults = VerdictThresholds.defaults();
        List<String> known = List.of(OCCUPANCY, WAITING_WEEKS, TRAVEL_ACCESS, HORIZON);
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                problems.add("thresholds: unknown field '" + field + "'; expected one of " + known);
            }
        });
        int before = problems.size();
        double occupancy = number(
                node,
                OCCUPANCY,
                defaults.atRiskOccupancyPercent(),
                false,
                Double.MIN_VALUE,
                100,
                "a number above 0 and at most 100 (the occupancy, in percent, at or above which a cell is at risk)",
                problems);
        double weeks = number(
                node,
                WAITING_WEEKS,
                defaults.atRiskWaitingWeeks(),
                true,
                0,
                104,
                "a whole number of weeks from 0 to 104 (a wait longer than this puts a cell at risk)",
                problems);
        double access = number(
                node,
                TRAVEL_ACCESS,
                defaults.insufficientTravelAccess(),
                false,
                0,
                1,
                "a share from 0 to 1, e.g. 0.8 for 80% (less of the demand within reach than this makes a cell"
                        + " insufficient)",
                problems);
        double horizon = number(
                node,
                HORIZON,
                defaults.horizonYears(),
                true,
                1,
                5,
                "a whole number of years from 1 to 5 (how far ahead the forecast is compared with capacity)",
                problems);
        List<String> given = new ArrayList<>();
        known.forEach(field -> {
            if (node.has(field)) {
                given.add(field);
            }
        });
        if (problems.size() > before) {
            return defaults();
        }
        return new ManifestThresholds(
                new VerdictThresholds(occupancy, (int) weeks, access, (int) horizon), Set.copyOf(given));
    }

    private static double number(
            JsonNode node,
            String field,
            double byDefault,
            boolean whole,
            double min,
            double max,
            String expected,
            List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null) {
            return byDefault;
        }
        boolean ok = value.isNumber()
                && (!whole || value.isIntegralNumber())
                && value.asDouble() >= min
                && value.asDouble() <= max;
        if (!ok) {
            problems.add("thresholds." + field + " is " + value + "; expected " + expected);
            return byDefault;
        }
        return value.asDouble();
    }
}
