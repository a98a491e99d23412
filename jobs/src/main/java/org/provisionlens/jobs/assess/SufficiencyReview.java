package org.provisionlens.jobs.assess;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.audit.OfferAudit;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceMerger;
import org.provisionlens.core.sufficiency.Locality;
import org.provisionlens.core.sufficiency.Placement;
import org.provisionlens.core.sufficiency.PlacementCosts;
import org.provisionlens.core.sufficiency.ReviewArea;
import org.provisionlens.core.sufficiency.SufficiencyCells;
import org.provisionlens.core.sufficiency.VerdictThresholds;
import org.provisionlens.jobs.conform.ConformedInputs;
import org.provisionlens.jobs.sources.AreaPopulation;

/** The assess stage: the sufficiency matrix, the forecast behind it and the Local Offer audit, for one LA. */
public final class SufficiencyReview {

    private SufficiencyReview() {}

    /**
     * @param lsoaPopulation the LA's LSOAs (their names give their MSOAs)
     * @param lastYear the year of the review's DfE snapshot (2025 for 202425)
     * @param reviewDate the date listings' reviews are counted back from
     * @param thresholds the verdict thresholds of the review (the manifest's, or the defaults)
     * @param costs default costs of a place a year by kind of provision, for placements outside whose service gives none
     */
    public static ReviewResults assess(
            ConformedInputs conformed,
            List<AreaPopulation> lsoaPopulation,
            String laCode,
            String laName,
            int lastYear,
            LocalDate reviewDate,
            VerdictThresholds thresholds,
            PlacementCosts costs) {
        Map<String, Locality> localities = Localities.ofLsoas(lsoaPopulation, conformed.boundaries());
        Map<String, Place> centroids = conformed.centroids().stream()
                .collect(Collectors.toMap(
                        c -> c.code(), c -> new Place(c.code(), c.latitude(), c.longitude()), (a, b) -> a));
        ReviewArea area = new ReviewArea(laCode, laName, localities, centroids);
        List<Service> services =
                conformed.services().stream().map(ServiceMerger.Merged::service).toList();
        DemandAggregates demand = conformed.childRecords() == null
                ? new DemandAggregates(List.of(), Map.of())
                : DemandAggregates.of(conformed.childRecords(), new Placement.Classifier(services), reviewDate);
        DemandForecast.Result forecast = DemandForecast.of(
                conformed.statistics().stream()
                        .map(ConformedInputs.NamedStatistics::rows)
                        .toList(),
                laCode,
                lastYear,
                thresholds.horizonYears());
        SufficiencyCells.Matrix matrix = SufficiencyCells.assess(
                area,
                demand.counts(),
                services,
                forecast.growth(),
                new SufficiencyCells.Settings(thresholds, TravelSettings.defaults(), forecast.horizonYear(), costs));
        PlacePlanning places = PlaceForecasts.of(
                conformed.childRecords(),
                services,
                conformed.statistics().stream()
                        .map(ConformedInputs.NamedStatistics::rows)
                        .toList(),
                laCode,
                lastYear,
                ForecastGrowth.of(forecast, lastYear));
        return new ReviewResults(
                localities, matrix, forecast, OfferAudit.audit(services, reviewDate, demand.placements()), places);
    }
}
