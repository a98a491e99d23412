package org.provisionlens.core.reorganisation;

import java.util.List;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.sufficiency.Placement;
import org.provisionlens.core.sufficiency.SettingKind;

/** What kind of provision a service is, whom it serves, where it is, and how far a journey is. */
final class Suitability {

    static final double KM_PER_MILE = 1.609344;

    private Suitability() {}

    /** The kind of setting a child placed in the service is in, by the same rules as the child records. */
    static SettingKind kindOf(Service service) {
        return new Placement.Classifier(List.of(service)).of(service.id()).kind();
    }

    /** Whether two services are the same kind of provision: both specialist settings, or the same domain and tier. */
    static boolean sameKind(Service a, Service b) {
        SettingKind kind = kindOf(a);
        if (kind == SettingKind.SPECIALIST_SETTING || kindOf(b) == SettingKind.SPECIALIST_SETTING) {
            return kind == kindOf(b);
        }
        return a.domain() == b.domain() && a.tier() == b.tier();
    }

    /** Whether the service serves a need and an age (no needs listed: every need; an open end: every age that way). */
    static boolean serves(Service service, NeedCode need, int age) {
        Integer from = service.ages().from();
        Integer to = service.ages().to();
        return (service.needs().isEmpty() || service.needs().contains(need))
                && (from == null || age >= from)
                && (to == null || age <= to);
    }

    /** The first location with coordinates, or {@code null}. */
    static Place place(Service service) {
        for (ServiceLocation location : service.locations()) {
            if (location.latitude() != null && location.longitude() != null) {
                return new Place(service.id(), location.latitude(), location.longitude());
            }
        }
        return null;
    }

    /** Road miles for a straight-line distance: kilometres x the detour factor, in miles. */
    static double roadMiles(double straightLineKm, TravelSettings travel) {
        return straightLineKm * travel.detourFactor() / KM_PER_MILE;
    }

    /** Whether the service is the LA's own (not out of area). */
    static boolean local(Service service) {
        return !Boolean.FALSE.equals(service.inArea());
    }
}
