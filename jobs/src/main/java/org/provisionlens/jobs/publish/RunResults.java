package org.provisionlens.jobs.publish;

import java.util.List;
import org.provisionlens.core.reorganisation.TransportPolicy;
import org.provisionlens.core.sufficiency.PlacementCosts;
import org.provisionlens.core.sufficiency.SpecialistSetting;
import org.provisionlens.core.sufficiency.SpecialistSufficiency;
import org.provisionlens.jobs.assess.ReviewResults;
import org.provisionlens.jobs.comments.ProcessedComment;
import org.provisionlens.jobs.conform.ConformedInputs;
import org.provisionlens.jobs.ingest.FieldFinding;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.manifest.ManifestProposal;
import org.provisionlens.jobs.manifest.ManifestThresholds;
import org.provisionlens.jobs.sources.AreaPopulation;
import org.provisionlens.jobs.sources.EhcPlanStatistics;

/** Everything a review run publishes. */
public record RunResults(
        List<InputReconciliation> inputs,
        List<QuarantineEntry> quarantine,
        List<FieldFinding> findings,
        EhcPlanStatistics plans,
        List<SpecialistSetting> settings,
        List<SpecialistSufficiency> sufficiency,
        List<AreaPopulation> population,
        String populationYear,
        ConformedInputs conformed,
        ReviewResults review,
        List<ProcessedComment> comments,
        ManifestThresholds thresholds,
        TransportPolicy transport,
        PlacementCosts placementCosts,
        List<ManifestProposal> proposals,
        List<org.provisionlens.jobs.sources.FundingShare> funding) {

    public long rowsWithFindings() {
        return inputs.stream().mapToLong(InputReconciliation::rowsWithFindings).sum();
    }

    public long quarantinedRows() {
        return inputs.stream().mapToLong(InputReconciliation::rowsQuarantined).sum();
    }

    public int populationAged0To25() {
        return population.stream().mapToInt(AreaPopulation::persons).sum();
    }

    /** Plans placed in specialist provision (suppressed counts left out). */
    public int specialistPlans() {
        return sufficiency.stream()
                .filter(row -> row.plansPlaced() != null)
                .mapToInt(SpecialistSufficiency::plansPlaced)
                .sum();
    }

    /** Plans in independent and non-maintained special schools: the proxy for places bought outside own provision. */
    public int plansOutsideOwnProvision() {
        return sufficiency.stream()
                .filter(row -> row.kind().outsideOwnProvision() && row.plansPlaced() != null)
                .mapToInt(SpecialistSufficiency::plansPlaced)
                .sum();
    }
}
