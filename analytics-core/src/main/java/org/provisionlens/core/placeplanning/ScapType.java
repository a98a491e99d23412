package org.provisionlens.core.placeplanning;

import org.provisionlens.core.provision.ProvisionKind;

/**
 * The specialist provision types of the DfE's school capacity (SCAP) specialist provision forecast. Independent and
 * non-maintained special schools and specialist post-16 institutions are counted within special schools.
 */
public enum ScapType {
    SPECIAL_SCHOOL("Special school"),
    SEN_UNIT_OR_RESOURCED_PROVISION("SEN unit or resourced provision"),
    ALTERNATIVE_PROVISION("Alternative provision");

    private final String label;

    ScapType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The SCAP type a kind of specialist provision is counted in. */
    public static ScapType of(ProvisionKind kind) {
        return switch (kind) {
            case SEN_UNIT, RESOURCED_PROVISION -> SEN_UNIT_OR_RESOURCED_PROVISION;
            case STATE_SPECIAL_SCHOOL, INDEPENDENT_SPECIAL_SCHOOL, NON_MAINTAINED_SPECIAL_SCHOOL, SPECIALIST_POST_16 ->
                SPECIAL_SCHOOL;
        };
    }
}
