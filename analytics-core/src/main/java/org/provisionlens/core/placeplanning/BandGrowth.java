package org.provisionlens.core.placeplanning;

import java.util.Objects;
import org.provisionlens.core.sufficiency.AgeBand;

/**
 * How many EHC plans an age band is forecast to hold in a year, as a multiple of the census year's count (1.0: as
 * many; 1.1: a tenth more), with the multiples at the ends of the forecast's 80% interval.
 */
public record BandGrowth(AgeBand band, int year, double index, double low80, double high80) {

    public BandGrowth {
        Objects.requireNonNull(band, "band");
        if (!(0 <= low80 && low80 <= index && index <= high80) || Double.isInfinite(high80)) {
            throw new IllegalArgumentException("growth of " + band.label() + " in " + year
                    + " must be 0 <= low80 <= index <= high80, was " + low80 + ", " + index + ", " + high80);
        }
    }
}
