package org.provisionlens.core.reorganisation.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.core.sufficiency.DemandCount;

/** What the reader must keep in mind about the numbers, each with its own figures. */
final class Caveats {

    private Caveats() {}

    static List<String> of(Baseline baseline, Map<Scenario, Impact> impacts) {
        Impact central = impacts.get(Scenario.CENTRAL);
        TravelSettings travel = baseline.settings().travel();
        List<String> caveats = new ArrayList<>();
        caveats.add("Journey times are estimates, not a route planner: the straight line from the centre of the"
                + " child's home area to the service, times " + Figures.number(travel.detourFactor())
                + " for the roads, at an average " + Figures.number(travel.speedKmh()) + " km/h.");
        List<String> growths = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            Impact impact = impacts.get(scenario);
            if (impact != null) {
                growths.add(scenario.label() + " x" + Figures.growth(impact.growth()));
            }
        }
        String forecast = "Demand in " + central.horizonYear()
                + " is today's demand times the growth the EHC plan forecast gives: " + String.join("; ", growths)
                + ".";
        caveats.add(forecast
                + " The low and high scenarios are the ends of its 80% interval: the outcome may lie outside them."
                + " SEN support and referrals are not forecast.");
        long unknownCapacity = baseline.services().stream()
                .filter(service -> service.capacity() == null)
                .count();
        caveats.add(
                unknownCapacity == 0
                        ? "Every one of the " + baseline.services().size() + " services has a known capacity."
                        : unknownCapacity + " of the " + baseline.services().size()
                                + " services have no known capacity: cells that rely on them say no data, and no child is"
                                + " moved to them.");
        List<String> leftOut =
                central.costs() == null ? List.of() : central.costs().leftOut();
        caveats.add("Costs are shown for the panel's information and enter no finding"
                + (leftOut.isEmpty() ? "." : "; they leave out " + String.join(", ", leftOut) + "."));
        caveats.add("The comments are those published, anonymised (none held for review or excluded): "
                + central.voices().size() + " about the affected services; they are not a consultation on this"
                + " proposal.");
        int homeless = baseline.demand().stream()
                .filter(count ->
                        count.lsoaCode() == null || !baseline.area().centroids().containsKey(count.lsoaCode()))
                .mapToInt(DemandCount::children)
                .sum();
        caveats.add(
                homeless == 0
                        ? "Every child in the run has a known home area."
                        : Figures.children(homeless)
                                + " in the run have no known home area (only a postcode district, or"
                                + " nothing): they have no journey time.");
        central.caveats().stream().filter(c -> !caveats.contains(c)).forEach(caveats::add);
        return caveats;
    }
}
