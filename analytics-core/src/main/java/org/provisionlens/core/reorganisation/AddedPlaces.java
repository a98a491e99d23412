package org.provisionlens.core.reorganisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.SettingKind;

/**
 * The places a proposal adds, per service (specialist settings and caseload services, local, with a capacity and a
 * location): places after minus places before (none before when new, the sum of the services merged into it), as far
 * as they are spare at the horizon: capacity less its users grown (without those on its waiting list) and less the
 * displaced children placed there.
 */
final class AddedPlaces {

    private final AppliedProposal applied;
    private final Prepared prepared;
    /** Children whose records place them in a service (not waiting for it). */
    private final Map<String, Integer> placedIn = new HashMap<>();

    private AddedPlaces(AppliedProposal applied, Prepared prepared) {
        this.applied = applied;
        this.prepared = prepared;
    }

    /** Per service with added places, how many are spare at the horizon once the displaced children are placed. */
    static Map<String, Integer> spare(
            Baseline baseline, AppliedProposal applied, Prepared prepared, Displacement displacement, double growth) {
        AddedPlaces places = new AddedPlaces(applied, prepared);
        for (DemandCount count : baseline.demand()) {
            if (!count.waiting() && count.placement().serviceId() != null) {
                places.placedIn.merge(count.placement().serviceId(), count.children(), Integer::sum);
            }
        }
        return places.spare(displacement, growth);
    }

    private Map<String, Integer> spare(Displacement displacement, double growth) {
        Map<String, Integer> added = new LinkedHashMap<>();
        Map<String, Integer> placed = new HashMap<>();
        displacement.pieces.forEach(p -> {
            if (p.to() != null) {
                placed.merge(p.to().id(), p.grown(), Integer::sum);
            }
        });
        for (Service s : applied.services()) {
            boolean kind = Suitability.kindOf(s) == SettingKind.SPECIALIST_SETTING
                    || s.capacityUnit() == CapacityUnit.CASELOAD;
            if (!kind || !Suitability.local(s) || s.capacity() == null || Suitability.place(s) == null) {
                continue;
            }
            Integer before = capacityBefore(s);
            if (before == null || s.capacity() <= before) {
                continue;
            }
            int used = (int) Math.round(users(s) * growth) + placed.getOrDefault(s.id(), 0);
            int spare = Math.min(s.capacity() - before, s.capacity() - used);
            if (spare > 0) {
                added.put(s.id(), spare);
            }
        }
        return added;
    }

    /**
     * Users of a service with added places who are not reallocated, as {@link Prepared#background} counts them but
     * without the children on its waiting list (they are the ones who may take up the places).
     */
    private int users(Service s) {
        int users = 0;
        for (String source : sources(s)) {
            if (applied.changed().contains(source)) {
                users += Math.max(0, prepared.users(source) - prepared.recorded(source));
            } else {
                Service before = prepared.before(source);
                int use = before == null || before.currentUse() == null ? 0 : before.currentUse();
                users += Math.max(use, placedIn.getOrDefault(source, 0));
            }
        }
        return users;
    }

    private List<String> sources(Service s) {
        List<String> sources = new ArrayList<>(List.of(s.id()));
        applied.mergedInto().forEach((from, to) -> {
            if (to.equals(s.id())) {
                sources.add(from);
            }
        });
        return sources;
    }

    /** Its places before: none when new, the sum of the services merged into it; {@code null} when not known. */
    private Integer capacityBefore(Service s) {
        if (prepared.before(s.id()) == null) {
            return 0;
        }
        int before = 0;
        for (String id : sources(s)) {
            Integer capacity = prepared.before(id).capacity();
            if (capacity == null) {
                return null;
            }
            before += capacity;
        }
        return before;
    }
}
