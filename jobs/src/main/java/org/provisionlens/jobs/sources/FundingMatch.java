package org.provisionlens.jobs.sources;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.provisionlens.core.services.ServiceMerger;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;

/**
 * A funding file's rows matched to the run's services. A row names a service by its published id ({@code
 * services:S358-CAMHS}: the input's name, a colon, the id in that input), by any id merged into it, or by the id in
 * its own input alone ({@code S358-CAMHS}) when exactly one service has it. Quarantined here: a row naming no service
 * or more than one, a second row for the same service and funder (the first stands), and every row of a service whose
 * shares add up to more than 100%.
 */
public final class FundingMatch {

    private FundingMatch() {}

    /** The file's accepted rows with published service ids; the rows that fail are added to its quarantine. */
    public static ReadResult<FundingShare> against(ReadResult<FundingShare> read, List<ServiceMerger.Merged> services) {
        List<QuarantineEntry> quarantine = new ArrayList<>(read.quarantine());
        Map<String, List<FundingShare>> byService = new LinkedHashMap<>();
        for (FundingShare share : read.accepted()) {
            Set<String> matches = matches(share.serviceId(), services);
            if (matches.size() != 1) {
                quarantine.add(entry(read, share, ServiceFundingCsv.SERVICE_ID, share.serviceId(), unmatched(matches)));
                continue;
            }
            String id = matches.iterator().next();
            List<FundingShare> shares = byService.computeIfAbsent(id, key -> new ArrayList<>());
            Optional<FundingShare> first = shares.stream()
                    .filter(earlier -> earlier.funder() == share.funder())
                    .findFirst();
            if (first.isPresent()) {
                quarantine.add(entry(
                        read,
                        share,
                        ServiceFundingCsv.FUNDER,
                        share.funder().name(),
                        "service " + id + " already has a row for funder " + share.funder() + " (line "
                                + first.get().line() + "); give each funder of a service one row"));
                continue;
            }
            shares.add(share.withServiceId(id));
        }
        List<FundingShare> accepted = new ArrayList<>();
        for (Map.Entry<String, List<FundingShare>> service : byService.entrySet()) {
            BigDecimal total = service.getValue().stream()
                    .map(FundingShare::sharePct)
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(BigDecimal.valueOf(100)) <= 0) {
                accepted.addAll(service.getValue());
                continue;
            }
            for (FundingShare share : service.getValue()) {
                quarantine.add(entry(
                        read,
                        share,
                        ServiceFundingCsv.SHARE,
                        String.valueOf(share.sharePct()),
                        "the shares of service " + service.getKey() + " add up to " + total.toPlainString()
                                + "%; they can add up to at most 100%"));
            }
        }
        accepted.sort(java.util.Comparator.comparingLong(FundingShare::line));
        quarantine.sort(java.util.Comparator.comparing(QuarantineEntry::line));
        long newlyQuarantined = read.accepted().size() - accepted.size();
        return new ReadResult<>(
                read.spec(),
                read.sha256(),
                accepted,
                quarantine,
                read.rowsRead(),
                read.rowsQuarantined() + newlyQuarantined);
    }

    /** The published ids of the services the id names. */
    static Set<String> matches(String id, List<ServiceMerger.Merged> services) {
        Set<String> exact = new TreeSet<>();
        Set<String> local = new TreeSet<>();
        for (ServiceMerger.Merged merged : services) {
            for (String known : merged.mergedIds()) {
                if (known.equals(id)) {
                    exact.add(merged.service().id());
                } else if (known.endsWith(":" + id)) {
                    local.add(merged.service().id());
                }
            }
        }
        return exact.isEmpty() ? local : exact;
    }

    private static String unmatched(Set<String> matches) {
        return matches.isEmpty()
                ? "no service in the run's listings has this id; expected a service_id of a service input, as"
                        + " S358-CAMHS or services:S358-CAMHS (input name, colon, id)"
                : "more than one service has this id (" + String.join(", ", matches)
                        + "); write it with its input's name, e.g. "
                        + matches.iterator().next();
    }

    private static QuarantineEntry entry(
            ReadResult<FundingShare> read, FundingShare share, String field, String value, String reason) {
        return QuarantineEntry.atLine(read.spec().name(), read.spec().fileName(), share.line(), field, value, reason);
    }
}
