package org.provisionlens.jobs.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.forecast.Prediction;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.core.reorganisation.TransportPolicy;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.SufficiencyCells;
import org.provisionlens.core.sufficiency.VerdictThresholds;
import org.provisionlens.jobs.assess.DemandForecast;

/**
 * A baseline per LA of the national generated data, built in memory as a published run would give it (no comments, the
 * default transport policy and thresholds), each with one proposal: its largest specialist education setting counted in
 * places cut by 20%.
 */
final class NationalBaselines {

    /** One LA's baseline and proposal. */
    record Case(String la, Baseline baseline, Proposal proposal) {}

    private NationalBaselines() {}

    static List<Case> of(NationalAreas national) {
        List<Case> cases = new ArrayList<>();
        VerdictThresholds thresholds = VerdictThresholds.defaults();
        for (String la : national.demand().keySet().stream().sorted().toList()) {
            List<Service> services = national.services().getOrDefault(la, List.of());
            Optional<Service> largest = services.stream()
                    .filter(s -> s.domain() == Domain.EDUCATION
                            && s.tier() == Tier.SPECIALIST
                            && s.capacityUnit() == CapacityUnit.PLACES
                            && s.capacity() != null)
                    .max(Comparator.comparing(Service::capacity).thenComparing(Service::id));
            if (largest.isEmpty()) {
                continue;
            }
            DemandForecast.Result forecast = national.forecast(la, thresholds.horizonYears());
            String laCode = national.areas().get(la).laCode();
            Baseline baseline = new Baseline(
                    0,
                    national.areas().get(la),
                    NationalAreas.REVIEW_DATE,
                    services,
                    national.demand().get(la),
                    growth(forecast, thresholds.horizonYears()),
                    forecast.horizonYear(),
                    new SufficiencyCells.Settings(thresholds, TravelSettings.defaults(), forecast.horizonYear()),
                    TransportPolicy.defaults(),
                    List.of());
            Proposal proposal = new Proposal(
                    "cut-largest-" + la,
                    "Cut " + largest.get().name() + " by 20%",
                    "",
                    NationalAreas.REVIEW_DATE.plusYears(1),
                    laCode,
                    List.of(new Change.ChangeCapacity(largest.get().id(), null, -20.0)));
            cases.add(new Case(la, baseline, proposal));
        }
        return cases;
    }

    /** The all-plans forecast at the horizon (its value and the ends of its 80% interval) over the latest actual. */
    private static Map<Scenario, Double> growth(DemandForecast.Result forecast, int horizonYears) {
        Map<Scenario, Double> growth = new EnumMap<>(Scenario.class);
        if (forecast.series().isEmpty()) {
            return growth;
        }
        DemandForecast.SeriesForecast all = forecast.series().get(0);
        Double now = all.actual().values().get(forecast.horizonYear() - horizonYears);
        for (Prediction p : all.predictions()) {
            if (p.year() == forecast.horizonYear() && now != null && now > 0) {
                growth.put(Scenario.LOW, p.low80() / now);
                growth.put(Scenario.CENTRAL, p.value() / now);
                growth.put(Scenario.HIGH, p.high80() / now);
            }
        }
        return growth;
    }
}
