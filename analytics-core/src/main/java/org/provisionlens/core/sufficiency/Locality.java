package org.provisionlens.core.sufficiency;

import java.util.Objects;

/** A locality within the local authority (an MSOA, ward or planning area), built from LSOAs. */
public record Locality(String code, String name) {

    /** Where children or services go whose small area is not known. */
    public static final Locality NOT_RECORDED = new Locality("not-recorded", "Area not recorded");

    public Locality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
