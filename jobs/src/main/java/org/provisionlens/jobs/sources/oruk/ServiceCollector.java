package org.provisionlens.jobs.sources.oruk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.provisionlens.core.services.Service;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Gathers the mapped records of one input: accepted services, quarantine entries, and the counts (a record with
 * several problems counts once). A record whose HSDS id an accepted record already has is kept out, so that ids stay
 * unique (paged APIs whose order shifts between requests repeat records).
 */
final class ServiceCollector {

    private final List<Service> accepted = new ArrayList<>();
    private final List<QuarantineEntry> quarantine = new ArrayList<>();
    private final Map<String, String> acceptedAt = new HashMap<>();
    private long read;
    private long quarantined;

    /**
     * Adds one record's mapping.
     *
     * @param where where the record is, for a duplicate's reason ("/contents/3", "line 12 of services.csv")
     * @param entry a problem as a quarantine entry of the input, at the right file and line or pointer
     */
    void add(
            HsdsServiceMapper.Mapping mapping,
            String where,
            Function<HsdsServiceMapper.Problem, QuarantineEntry> entry) {
        read++;
        List<HsdsServiceMapper.Problem> problems = new ArrayList<>(mapping.problems());
        if (mapping.accepted() && acceptedAt.containsKey(mapping.hsdsId())) {
            problems.add(new HsdsServiceMapper.Problem(
                    "",
                    "id",
                    mapping.hsdsId(),
                    "the id is used by an earlier service (" + acceptedAt.get(mapping.hsdsId()) + ")"));
        }
        if (problems.isEmpty()) {
            accepted.add(mapping.service());
            acceptedAt.put(mapping.hsdsId(), where);
            return;
        }
        quarantined++;
        problems.stream().map(entry).forEach(quarantine::add);
    }

    ReadResult<Service> result(InputSpec spec, String sha256) {
        return new ReadResult<>(spec, sha256, accepted, quarantine, read, quarantined);
    }

    /** The JSON pointer of a problem's field in a record at {@code recordPointer}. */
    static String fieldPointer(String recordPointer, HsdsServiceMapper.Problem problem) {
        String object = recordPointer + problem.pointer();
        return problem.field().startsWith("(")
                ? object
                : object + "/" + problem.field().replace("~", "~0").replace("/", "~1");
    }
}
