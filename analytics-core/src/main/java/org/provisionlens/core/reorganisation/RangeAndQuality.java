package org.provisionlens.core.reorganisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.core.sufficiency.Locality;
import org.provisionlens.core.sufficiency.ReviewArea;

/**
 * Range: the need types and age bands ("ASD 11-15") served in each locality by the local services located there with
 * capacity; a service listing no needs serves "Any need". Quality: the places of specialist education settings
 * counted in places rated good or outstanding by Ofsted, of those rated, and the places not rated (a new setting).
 */
final class RangeAndQuality {

    private RangeAndQuality() {}

    static List<Impact.LocalityRange> range(ReviewArea area, List<Service> before, List<Service> after) {
        Map<String, Locality> localities = new TreeMap<>();
        area.localityOfLsoa().values().forEach(l -> localities.put(l.code(), l));
        Map<String, Set<String>> was = labels(area, before, localities);
        Map<String, Set<String>> is = labels(area, after, localities);
        List<Impact.LocalityRange> range = new ArrayList<>();
        for (Locality l : localities.values()) {
            Set<String> b = was.getOrDefault(l.code(), Set.of());
            Set<String> a = is.getOrDefault(l.code(), Set.of());
            if (!b.isEmpty() || !a.isEmpty()) {
                range.add(new Impact.LocalityRange(l.code(), l.name(), b, a));
            }
        }
        return range;
    }

    private static Map<String, Set<String>> labels(
            ReviewArea area, List<Service> services, Map<String, Locality> localities) {
        Map<String, Set<String>> labels = new TreeMap<>();
        for (Service s : services) {
            Place at = Suitability.place(s);
            if (!Suitability.local(s) || at == null || s.capacity() == null || s.capacity() == 0) {
                continue;
            }
            Locality locality = area.localityOf(area.nearestLsoa(at));
            localities.putIfAbsent(locality.code(), locality);
            Set<String> served = labels.computeIfAbsent(locality.code(), k -> new TreeSet<>());
            List<String> needs = s.needs().isEmpty()
                    ? List.of("Any need")
                    : EnumSet.copyOf(s.needs()).stream().map(NeedCode::name).toList();
            List<AgeBand> bands = Arrays.stream(AgeBand.values())
                    .filter(band -> band.overlaps(s.ages().from(), s.ages().to()))
                    .toList();
            for (String need : needs) {
                for (AgeBand band : bands) {
                    served.add(need + " " + band.label());
                }
            }
        }
        return labels;
    }

    static Impact.Quality quality(List<Service> services) {
        int good = 0;
        int rated = 0;
        int notRated = 0;
        for (Service s : services) {
            if (!Suitability.local(s)
                    || s.tier() != Tier.SPECIALIST
                    || s.capacityUnit() != CapacityUnit.PLACES
                    || s.capacity() == null
                    || Suitability.kindOf(s) != org.provisionlens.core.sufficiency.SettingKind.SPECIALIST_SETTING) {
                continue;
            }
            String rating =
                    s.qualityRating() == null ? "" : s.qualityRating().trim().toLowerCase(Locale.ROOT);
            if (rating.isEmpty()) {
                notRated += s.capacity();
                continue;
            }
            rated += s.capacity();
            if (rating.equals("good") || rating.equals("outstanding")) {
                good += s.capacity();
            }
        }
        return new Impact.Quality(good, rated, notRated);
    }
}
