package org.provisionlens.core.reorganisation;

import java.util.List;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.access.TravelSettings;
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
        return kindKey(a).equals(kindKey(b));
    }

    /** The kind of provision as a key: "specialist setting", or the domain and tier. */
    static String kindKey(Service service) {
        return kindOf(service) == SettingKind.SPECIALIST_SETTING
                ? "specialist setting"
                : service.domain() + "/" + service.tier();
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
