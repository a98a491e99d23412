package org.provisionlens.core.reorganisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.ReviewArea;
import org.provisionlens.core.sufficiency.SufficiencyCells;

/**
 * A local authority's published review run, as the impact model needs it: the area, the services, the demand (child
 * records grouped, each with its placement), the forecast growth to the horizon under each scenario, how cells are
 * judged, the transport policy, and the published (anonymised) comments about services.
 *
 * @param growth demand at the horizon year / demand now, per scenario
 */
public record Baseline(
        long runId,
        ReviewArea area,
        LocalDate reviewDate,
        List<Service> services,
        List<DemandCount> demand,
        Map<Scenario, Double> growth,
        int horizonYear,
        SufficiencyCells.Settings settings,
        TransportPolicy transport,
        List<ServiceComment> comments) {

    public Baseline {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(reviewDate, "reviewDate");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(transport, "transport");
        services = List.copyOf(services);
        demand = List.copyOf(demand);
        growth = Map.copyOf(growth);
        comments = List.copyOf(comments);
    }
}
