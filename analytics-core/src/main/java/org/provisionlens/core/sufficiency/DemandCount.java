package org.provisionlens.core.sufficiency;

import java.util.Objects;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;

/**
 * Children and young people of one small area, need, age band and support level (an aggregate of child records).
 *
 * @param lsoaCode where they live, or {@code null} when only a postcode district is known
 * @param outOfArea how many of them are placed in provision outside the local authority
 */
public record DemandCount(
        String lsoaCode, NeedCode need, AgeBand band, SupportLevel level, int children, int outOfArea) {

    public DemandCount {
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(level, "level");
        if (children < 0 || outOfArea < 0 || outOfArea > children) {
            throw new IllegalArgumentException(
                    "need 0 <= out of area (" + outOfArea + ") <= children (" + children + ")");
        }
    }
}
