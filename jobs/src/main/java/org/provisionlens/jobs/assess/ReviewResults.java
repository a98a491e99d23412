package org.provisionlens.jobs.assess;

import java.util.Map;
import org.provisionlens.core.audit.AuditResult;
import org.provisionlens.core.sufficiency.Locality;
import org.provisionlens.core.sufficiency.SufficiencyCells;

/**
 * What the assess stage publishes: localities, the sufficiency matrix, the forecast and back-test, the audit, and the
 * SCAP place forecast ({@code null} when the run has no child records).
 */
public record ReviewResults(
        Map<String, Locality> localityOfLsoa,
        SufficiencyCells.Matrix matrix,
        DemandForecast.Result forecast,
        AuditResult audit,
        PlacePlanning placePlanning) {}
