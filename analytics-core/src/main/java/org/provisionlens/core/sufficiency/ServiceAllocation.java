package org.provisionlens.core.sufficiency;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceLocation;

/**
 * Where a service's capacity goes among the cells: to the locality of its location (its nearest LSOA's), and among
 * the needs and age bands it serves in proportion to the demand for them, so that the shares add up to the service's
 * whole capacity. Only capacity counted in children (places or caseload) is comparable with demand; capacity in hours
 * per week is not allocated.
 */
final class ServiceAllocation {

    /** One service's part in one leaf cell. */
    record Share(Service service, Locality locality, NeedCode need, AgeBand band, double fraction) {}

    private ServiceAllocation() {}

    /** Whether the service's capacity can be compared with numbers of children. */
    static boolean countsChildren(Service service) {
        return service.capacity() != null
                && (service.capacityUnit() == CapacityUnit.PLACES || service.capacityUnit() == CapacityUnit.CASELOAD);
    }

    static Set<NeedCode> needs(Service service) {
        Set<NeedCode> needs =
                service.needs().isEmpty() ? EnumSet.allOf(NeedCode.class) : EnumSet.copyOf(service.needs());
        needs.remove(NeedCode.UNKNOWN);
        return needs;
    }

    static List<AgeBand> bands(Service service) {
        return java.util.Arrays.stream(AgeBand.values())
                .filter(band ->
                        band.overlaps(service.ages().from(), service.ages().to()))
                .toList();
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
     * @param demandByNeedAndBand LA-wide demand of the service's tier, for the proportions
     */
    static List<Share> shares(
            Service service, ReviewArea area, Map<NeedCode, Map<AgeBand, Integer>> demandByNeedAndBand) {
        Place place = place(service);
        Locality locality = place == null ? Locality.NOT_RECORDED : area.localityOf(area.nearestLsoa(place));
        List<Share> shares = new ArrayList<>();
        List<NeedCode> needs = List.copyOf(needs(service));
        List<AgeBand> bands = bands(service);
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
