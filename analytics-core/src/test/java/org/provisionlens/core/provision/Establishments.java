package org.provisionlens.core.provision;

/** Small fixtures: establishments as the Trafford listing gives them. */
public final class Establishments {

    private Establishments() {}

    public static Establishment school(
            String urn, String type, Integer number, Integer lowAge, Integer capacity, String resourceProvision) {
        return new Establishment(
                urn,
                "School " + urn,
                type,
                number,
                lowAge,
                19,
                capacity,
                resourceProvision,
                null,
                null,
                "M33 1AA",
                -2.3,
                53.4);
    }
}
