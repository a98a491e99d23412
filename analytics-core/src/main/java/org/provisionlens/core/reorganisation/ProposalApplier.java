package org.provisionlens.core.reorganisation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceLocation;

/** Applies a proposal's changes, in order, to a run's services. */
final class ProposalApplier {

    private final Baseline baseline;
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, Set<SupportLevel>> levels = new HashMap<>();
    private final Set<String> changed = new HashSet<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final Set<String> named = new HashSet<>();
    private TransportPolicy transport;
    private int position;
    private Change change;

    private ProposalApplier(Baseline baseline) {
        this.baseline = baseline;
        baseline.services().forEach(s -> services.put(s.id(), s));
        this.transport = baseline.transport();
    }

    static AppliedProposal apply(Baseline baseline, Proposal proposal) {
        ProposalApplier applier = new ProposalApplier(baseline);
        for (Change change : proposal.changes()) {
            applier.position++;
            applier.change = change;
            applier.apply(change);
        }
        return new AppliedProposal(
                List.copyOf(applier.services.values()),
                applier.levels,
                applier.transport,
                applier.changed,
                applier.mergedInto,
                applier.named);
    }

    private void apply(Change change) {
        if (change instanceof Change.CloseService close) {
            existing(close.serviceId());
            services.remove(close.serviceId());
            changed.add(close.serviceId());
        } else if (change instanceof Change.ChangeCapacity capacity) {
            changeCapacity(capacity);
        } else if (change instanceof Change.MergeServices merge) {
            merge(merge);
        } else if (change instanceof Change.OpenService open) {
            open(open);
        } else if (change instanceof Change.ChangeNeedsOrAges needsOrAges) {
            Service s = existing(needsOrAges.serviceId());
            AgeRange ages = new AgeRange(
                    needsOrAges.minAge() == null ? s.ages().from() : needsOrAges.minAge(),
                    needsOrAges.maxAge() == null ? s.ages().to() : needsOrAges.maxAge());
            put(ServiceBuilder.from(s)
                    .needs(needsOrAges.needs() == null ? s.needs() : needsOrAges.needs())
                    .ages(ages)
                    .build());
            changed.add(s.id());
        } else if (change instanceof Change.ChangeEligibility eligibility) {
            Service s = existing(eligibility.serviceId());
            levels.put(s.id(), EnumSet.copyOf(eligibility.supportLevels()));
            put(ServiceBuilder.from(s)
                    .eligibility(eligibility.eligibility() == null ? s.eligibility() : eligibility.eligibility())
                    .build());
            changed.add(s.id());
        } else if (change instanceof Change.ChangeTransportPolicy policy) {
            transport = transport.with(policy.maxMiles(), policy.costPerMile());
        } else if (change instanceof Change.ChangeUnitCost cost) {
            put(ServiceBuilder.from(existing(cost.serviceId()))
                    .costPerUnit(cost.costPerUnit())
                    .build());
        }
    }

    private void changeCapacity(Change.ChangeCapacity change) {
        Service s = existing(change.serviceId());
        Integer before = s.capacity();
        int after;
        if (change.capacity() != null) {
            after = change.capacity();
        } else if (before == null) {
            throw notApplicable("the published run gives no capacity for " + s.id() + " (" + s.name()
                    + "), so a percentage change cannot be worked out: give the new capacity");
        } else {
            // places are whole: a part place is not a place, so the result is rounded down
            after = (int) Math.floor(before * (1 + change.percent() / 100) + 1e-9);
        }
        if (s.capacityUnit() == null) {
            throw notApplicable("the published run does not say what the capacity of " + s.id() + " counts");
        }
        put(ServiceBuilder.from(s).capacity(after).build());
        if (before == null || after < before) {
            changed.add(s.id());
        }
    }

    private void merge(Change.MergeServices merge) {
        Service into = existing(merge.intoServiceId());
        List<Service> merged = merge.serviceIds().stream().map(this::existing).toList();
        Integer capacity = merge.capacity();
        if (capacity == null) {
            capacity = 0;
            for (Service s : merged) {
                if (s.capacity() == null) {
                    throw notApplicable("the published run gives no capacity for " + s.id()
                            + ", so the merged capacity cannot be the sum: give the merged capacity");
                }
                capacity += s.capacity();
            }
        }
        boolean anyNeed = merged.stream().anyMatch(s -> s.needs().isEmpty());
        Set<NeedCode> needs = new HashSet<>();
        merged.forEach(s -> needs.addAll(s.needs()));
        Integer from = merged.stream().anyMatch(s -> s.ages().from() == null)
                ? null
                : merged.stream().mapToInt(s -> s.ages().from()).min().orElseThrow();
        Integer to = merged.stream().anyMatch(s -> s.ages().to() == null)
                ? null
                : merged.stream().mapToInt(s -> s.ages().to()).max().orElseThrow();
        CapacityUnit unit = into.capacityUnit() != null
                ? into.capacityUnit()
                : merged.stream()
                        .map(Service::capacityUnit)
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .orElse(CapacityUnit.PLACES);
        put(ServiceBuilder.from(into)
                .name(merge.name() == null ? into.name() : merge.name())
                .capacity(capacity)
                .capacityUnit(unit)
                .needs(anyNeed ? Set.of() : needs)
                .ages(new AgeRange(from, to))
                .currentUse(sum(merged, Service::currentUse))
                .waitingList(sum(merged, Service::waitingList))
                .costPerUnit(
                        into.costPerUnit() != null
                                ? into.costPerUnit()
                                : merged.stream()
                                        .map(Service::costPerUnit)
                                        .filter(java.util.Objects::nonNull)
                                        .findFirst()
                                        .orElse(null))
                .build());
        for (Service s : merged) {
            changed.add(s.id());
            if (!s.id().equals(into.id())) {
                services.remove(s.id());
                mergedInto.put(s.id(), into.id());
            }
        }
    }

    private static Integer sum(List<Service> services, java.util.function.Function<Service, Integer> value) {
        List<Integer> known =
                services.stream().map(value).filter(java.util.Objects::nonNull).toList();
        return known.isEmpty()
                ? null
                : known.stream().mapToInt(Integer::intValue).sum();
    }

    private void open(Change.OpenService open) {
        if (services.containsKey(open.serviceId())) {
            throw notApplicable("there is already a service " + open.serviceId() + " in the published run of "
                    + baseline.area().laName() + ": give the new service an id of its own");
        }
        put(ServiceBuilder.service(open.serviceId(), open.name())
                .domain(open.domain())
                .tier(open.tier())
                .needs(open.needs())
                .ages(new AgeRange(open.minAge(), open.maxAge()))
                .capacity(open.capacity())
                .capacityUnit(open.unit())
                .currentUse(0)
                .costPerUnit(open.costPerUnit())
                .inArea(true)
                .locations(List.of(
                        new ServiceLocation(open.name(), null, open.postcode(), open.latitude(), open.longitude())))
                .build());
    }

    private Service existing(String id) {
        Service s = services.get(id);
        if (s == null) {
            boolean gone = baseline.services().stream().anyMatch(b -> b.id().equals(id));
            throw notApplicable("no service " + id + " in the published run of "
                    + baseline.area().laName() + (gone ? " (an earlier change closed or merged it)" : ""));
        }
        if (baseline.services().stream().anyMatch(b -> b.id().equals(id))) {
            named.add(id);
        }
        return s;
    }

    private void put(Service s) {
        services.put(s.id(), s);
    }

    private ProposalNotApplicable notApplicable(String problem) {
        return new ProposalNotApplicable(position, change, problem);
    }
}
