package org.provisionlens.core.placeplanning;

import java.util.Objects;
import org.provisionlens.core.sufficiency.AgeBand;

/**
 * How many EHC plans an age band is forecast to hold in a year, as a multiple of the census year's count (1.0: as
 * many; 1.1: a tenth more), with the multiples at the ends of the forecast's 80% interval.
 *
 * @param source the forecast the growth was read from (the band's own, or all plans' when the band has none)
 */
public record BandGrowth(AgeBand band, int year, double index, double low80, double high80, String source) {

    /** Growth read from the band's own forecast. */
    public BandGrowth(AgeBand band, int year, double index, double low80, double high80) {
        this(band, year, index, low80, high80, "Age " + band.label());
    }

    public BandGrowth {
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(source, "source");
        if (!(0 <= low80 && low80 <= index && index <= high80) || Double.isInfinite(high80)) {
            throw new IllegalArgumentException("growth of " + band.label() + " in " + year
                    + " must be 0 <= low80 <= index <= high80, was " + low80 + ", " + index + ", " + high80);
        }
    }
}
