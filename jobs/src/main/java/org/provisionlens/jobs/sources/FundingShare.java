package org.provisionlens.jobs.sources;

import java.math.BigDecimal;
import java.util.Objects;
import org.provisionlens.core.services.Funder;

/**
 * One funder of one service, as a row of a service funding file (format {@code service-funding-csv}) gives it.
 *
 * @param serviceId the service's id: as the file wrote it when read, the published id once matched to the run's
 *     services (see {@link FundingMatch})
 * @param funderName who the funder is (e.g. "NHS Greater Manchester ICB"), or {@code null}
 * @param sharePct the funder's share of the service's cost, per cent, or {@code null} when not given (never 0)
 * @param annualAmount what the funder pays a year, pounds, or {@code null} when not given
 * @param arrangement how it is funded (e.g. "Section 75 pooled budget"), or {@code null}
 * @param line the file line the row came from
 */
public record FundingShare(
        String serviceId,
        Funder funder,
        String funderName,
        BigDecimal sharePct,
        BigDecimal annualAmount,
        String arrangement,
        long line) {

    public FundingShare {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(funder, "funder");
    }

    FundingShare withServiceId(String id) {
        return new FundingShare(id, funder, funderName, sharePct, annualAmount, arrangement, line);
    }
}
