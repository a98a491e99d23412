package org.provisionlens.core.sufficiency;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceLocation;

/**
 * Where a service's capacity goes among the cells: to the locality of its location (its nearest LSOA's), and among
 * the needs and age bands it serves in proportion to the demand for them, so that the shares add up to the service's
 * whole capacity. Capacity in hours a week is allocated the same way and compared only with hours.
 */
final class ServiceAllocation {

    /** One service's part in one leaf cell. */
    record Share(Service service, Locality locality, NeedCode need, AgeBand band, double fraction) {}

    private ServiceAllocation() {}

    static Set<NeedCode> needs(Service service) {
        Set<NeedCode> needs =
                service.needs().isEmpty() ? EnumSet.allOf(NeedCode.class) : EnumSet.copyOf(service.needs());
        needs.remove(NeedCode.UNKNOWN);
        return needs;
    }

    /** The age bands the service serves, from the youngest age the definition counts. */
    static List<AgeBand> bands(Service service, int minAge) {
        return java.util.Arrays.stream(AgeBand.values())
                .filter(band -> band.to() >= minAge)
                .filter(band ->
                        band.overlaps(service.ages().from(), service.ages().to()))
                .toList();
    }

    /** Whether the service serves a need and an age (no needs listed: every need; no ages: every age). */
    static boolean serves(Service service, NeedCode need, int age) {
        return service.serves(need, age);
    }

    /**
     * Splits a whole number among the shares in proportion to their fractions, by largest remainder (ties to the
     * earlier share), so that the parts are whole and add up to the total.
     */
    static int[] apportion(int total, List<Share> shares) {
        return LargestRemainder.split(
                total, shares.stream().mapToDouble(Share::fraction).toArray());
    }

    /** The first location with coordinates, as a place; {@code null} when none. */
    static Place place(Service service) {
        for (ServiceLocation location : service.locations()) {
            if (location.latitude() != null && location.longitude() != null) {
                return new Place(service.id(), location.latitude(), location.longitude());
            }
        }
        return null;
    }

    /**
     * @param demandByNeedAndBand LA-wide demand of the service's domain and tier, for the proportions
     * @param minAge the youngest age the definition counts
     */
    static List<Share> shares(
            Service service, ReviewArea area, Map<NeedCode, Map<AgeBand, Integer>> demandByNeedAndBand, int minAge) {
        Place place = place(service);
        Locality locality = place == null ? Locality.NOT_RECORDED : area.localityOf(area.nearestLsoa(place));
        List<Share> shares = new ArrayList<>();
        List<NeedCode> needs = List.copyOf(needs(service));
        List<AgeBand> bands = bands(service, minAge);
        double total = 0;
        for (NeedCode need : needs) {
            for (AgeBand band : bands) {
                total += demandByNeedAndBand.getOrDefault(need, Map.of()).getOrDefault(band, 0);
            }
        }
        int cells = needs.size() * bands.size();
        for (NeedCode need : needs) {
            for (AgeBand band : bands) {
                double demand = demandByNeedAndBand.getOrDefault(need, Map.of()).getOrDefault(band, 0);
                double fraction = total > 0 ? demand / total : 1.0 / cells;
                if (fraction > 0) {
                    shares.add(new Share(service, locality, need, band, fraction));
                }
            }
        }
        return shares;
    }
}
