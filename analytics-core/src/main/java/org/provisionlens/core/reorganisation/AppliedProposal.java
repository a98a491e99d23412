package org.provisionlens.core.reorganisation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.services.Service;

/**
 * A proposal applied to a run's services.
 *
 * @param services the services after the changes
 * @param levels the support levels each service takes after (a service not listed takes every level)
 * @param transport the transport policy after
 * @param changed services of the run whose place is reduced or changed (closed, merged, capacity cut, needs, ages or
 *     eligibility changed): their children are the affected ones
 * @param mergedInto for each service merged away, the service it merged into
 * @param named every run service a change names (for the comments about them)
 */
record AppliedProposal(
        List<Service> services,
        Map<String, Set<SupportLevel>> levels,
        TransportPolicy transport,
        Set<String> changed,
        Map<String, String> mergedInto,
        Set<String> named) {

    AppliedProposal {
        services = List.copyOf(services);
        levels = Map.copyOf(levels);
        changed = Set.copyOf(changed);
        mergedInto = Map.copyOf(mergedInto);
        named = Set.copyOf(named);
    }

    /** Whether a service takes children of a support level after the changes. */
    boolean takes(String serviceId, SupportLevel level) {
        Set<SupportLevel> taken = levels.get(serviceId);
        return taken == null || taken.contains(level);
    }
}
