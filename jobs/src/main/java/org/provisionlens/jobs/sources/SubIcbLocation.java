package org.provisionlens.jobs.sources;

import java.util.Objects;

/**
 * One row of the ONS sub-ICB location lookup: an NHS "place" (a sub-ICB location, the former CCG), the integrated care
 * board it is part of and the NHS England region of that board.
 *
 * @param code the sub-ICB location's ONS code (E38 and six digits, e.g. E38000187)
 * @param shortCode its NHS code (e.g. 02A, Trafford's)
 * @param icbCode the ICB's ONS code (E54 and six digits)
 * @param icbShortCode the ICB's NHS code (e.g. QOP)
 * @param regionCode the NHS England region's ONS code (E40 and six digits)
 */
public record SubIcbLocation(
        String code,
        String shortCode,
        String name,
        String icbCode,
        String icbShortCode,
        String icbName,
        String regionCode,
        String regionName) {

    public SubIcbLocation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(shortCode, "shortCode");
        Objects.requireNonNull(icbCode, "icbCode");
        Objects.requireNonNull(icbName, "icbName");
    }

    /** Whether {@code given} is this location's ONS code or NHS code (any case, surrounding spaces ignored). */
    public boolean isCalled(String given) {
        String code = given.trim();
        return this.code.equalsIgnoreCase(code) || shortCode.equalsIgnoreCase(code);
    }

    /** The location as messages name it: "02A (NHS Greater Manchester ICB - 02A, E38000187)". */
    public String describe() {
        return shortCode + " (" + name + ", " + code + ")";
    }
}
