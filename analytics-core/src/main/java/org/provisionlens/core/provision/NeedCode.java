package org.provisionlens.core.provision;

import java.util.Locale;
import java.util.Optional;

/** DfE primary need codes (SEN2 and school census), with the column suffix the DfE statistics files use. */
public enum NeedCode {
    ASD("Autistic spectrum disorder", "asd"),
    HI("Hearing impairment", "hi"),
    MLD("Moderate learning difficulty", "mld"),
    MSI("Multi-sensory impairment", "msi"),
    OTH("Other difficulty or disability", "oth"),
    PD("Physical disability", "pd"),
    PMLD("Profound and multiple learning difficulty", "pmld"),
    SEMH("Social, emotional and mental health", "semh"),
    SLCN("Speech, language and communication needs", "slcn"),
    SLD("Severe learning difficulty", "sld"),
    SPLD("Specific learning difficulty", "spld"),
    VI("Visual impairment", "vi"),
    /** SEN support but no specialist assessment of type of need (school census only; SEN2 has no such column). */
    NSA("SEN support, no specialist assessment of type of need", "nsa"),
    UNKNOWN("Need not recorded", "need_unknown");

    private final String label;
    private final String dfeColumnSuffix;

    NeedCode(String label, String dfeColumnSuffix) {
        this.label = label;
        this.dfeColumnSuffix = dfeColumnSuffix;
    }

    public String label() {
        return label;
    }

    /** The column of DfE's EHC plan need tables that counts plans with this primary need, e.g. {@code number_asd}. */
    public String dfeCountColumn() {
        return "number_" + dfeColumnSuffix;
    }

    /** The needs DfE's EHC plan (SEN2) statistics count: every code but NSA, which only SEN support can have. */
    public static java.util.List<NeedCode> ehcPlanNeeds() {
        return java.util.Arrays.stream(values()).filter(need -> need != NSA).toList();
    }

    public static Optional<NeedCode> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
