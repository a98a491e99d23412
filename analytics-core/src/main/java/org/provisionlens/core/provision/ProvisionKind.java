package org.provisionlens.core.provision;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kinds of specialist education provision the sufficiency table compares, each with the DfE SEN2 "type of
 * placement" categories whose EHC plans it counts as demand.
 */
public enum ProvisionKind {
    STATE_SPECIAL_SCHOOL(
            "State-funded special schools",
            false,
            List.of("Special - LA maintained", "Special - Academy/free schools")),
    SEN_UNIT(
            "SEN units in mainstream schools",
            false,
            List.of(
                    "Mainstream - LA maintained (SEN unit)",
                    "Mainstream - academy (SEN unit)",
                    "Mainstream - free school (SEN unit)")),
    RESOURCED_PROVISION(
            "Resourced provision in mainstream schools",
            false,
            List.of(
                    "Mainstream - LA maintained (resourced provision)",
                    "Mainstream - academy (resourced provision)",
                    "Mainstream - free school (resourced provision)")),
    SPECIALIST_POST_16("Specialist post-16 institutions", false, List.of("FE - specialist post-16 institutions")),
    INDEPENDENT_SPECIAL_SCHOOL("Independent special schools", true, List.of("Special - independent")),
    NON_MAINTAINED_SPECIAL_SCHOOL("Non-maintained special schools", true, List.of("Special - non-maintained"));

    private final String label;
    private final boolean outsideOwnProvision;
    private final List<String> dfePlacementTypes;

    ProvisionKind(String label, boolean outsideOwnProvision, List<String> dfePlacementTypes) {
        this.label = label;
        this.outsideOwnProvision = outsideOwnProvision;
        this.dfePlacementTypes = dfePlacementTypes;
    }

    public String label() {
        return label;
    }

    /**
     * Whether plans placed here are the usual proxy for places bought outside the local authority's own provision
     * (independent and non-maintained special schools).
     */
    public boolean outsideOwnProvision() {
        return outsideOwnProvision;
    }

    public List<String> dfePlacementTypes() {
        return dfePlacementTypes;
    }

    /** The kind whose demand a DfE "type of placement" category counts towards, if any. */
    public static Optional<ProvisionKind> forDfePlacementType(String placementType) {
        return Stream.of(values())
                .filter(kind -> kind.dfePlacementTypes.contains(placementType))
                .findFirst();
    }
}
