package org.provisionlens.core.sufficiency;

/** How much of a kind of provision's capacity the data gives. */
public enum CapacityStatus {
    /** Every setting's places are known. */
    COMPLETE,
    /** Some settings' places are known, some are not: known places are a lower bound. */
    PARTIAL,
    /** Settings exist but none of their places are known. */
    UNKNOWN,
    /** The area has no setting of this kind: every plan of this kind is placed elsewhere. */
    NONE_IN_AREA;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
