package org.provisionlens.core.services;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.provisionlens.core.provision.Establishment;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.provision.SettingClassifier;

/**
 * An establishment as services of the Local Offer. A special school or specialist college is one specialist service
 * whose capacity is its places. A mainstream school is a universal service (its capacity is for all its pupils), and
 * each SEN unit or resourced provision it holds is a specialist service of its own, with the unit's places (unknown
 * when the listing does not give them), so that a school's whole capacity is never counted as specialist places.
 */
public final class EstablishmentServices {

    private static final Set<ProvisionKind> UNITS =
            EnumSet.of(ProvisionKind.SEN_UNIT, ProvisionKind.RESOURCED_PROVISION);

    private EstablishmentServices() {}

    /** @param school the establishment as a service, as its listing gives it (id, URN, location, sources, ...) */
    public static List<Service> of(Establishment establishment, Service school) {
        Set<ProvisionKind> kinds = SettingClassifier.classify(establishment);
        boolean specialistSetting = kinds.stream().anyMatch(kind -> !UNITS.contains(kind));
        List<Service> services = new ArrayList<>();
        services.add(ServiceBuilder.from(school)
                .tier(specialistSetting ? Tier.SPECIALIST : Tier.UNIVERSAL)
                .build());
        if (specialistSetting) {
            return services;
        }
        for (ProvisionKind kind : kinds) {
            Integer places = establishment.placesFor(kind);
            services.add(ServiceBuilder.from(school)
                    .id(school.id() + ":" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .name(school.name() + " (" + (kind == ProvisionKind.SEN_UNIT ? "SEN unit" : "resourced provision")
                            + ")")
                    .urn(null)
                    .tier(Tier.SPECIALIST)
                    .capacity(places)
                    .capacityUnit(places == null ? null : CapacityUnit.PLACES)
                    .currentUse(null)
                    .build());
        }
        return services;
    }
}
