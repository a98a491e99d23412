package org.provisionlens.jobs.sources.oruk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.services.Service;
import org.provisionlens.jobs.ingest.FieldFinding;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * Gathers the mapped records of one input: accepted services, quarantine entries, findings, and the counts (a record
 * with several problems or findings counts once). A record whose HSDS id an accepted record already has is kept out,
 * so that ids stay unique (paged APIs whose order shifts between requests repeat records). A record kept out has no
 * findings: its row is in the quarantine.
 */
final class ServiceCollector {

    /** Where a problem or a finding is, in the input: its file and line, or its JSON pointer. */
    interface Locator {

        QuarantineEntry entry(HsdsServiceMapper.Problem problem);

        FieldFinding finding(HsdsServiceMapper.Finding finding, String serviceId);
    }

    private final List<Service> accepted = new ArrayList<>();
    private final List<QuarantineEntry> quarantine = new ArrayList<>();
    private final List<FieldFinding> findings = new ArrayList<>();
    private final Map<String, String> acceptedAt = new HashMap<>();
    private long read;
    private long quarantined;
    private long withFindings;

    /**
     * Adds one record's mapping.
     *
     * @param where where the record is, for a duplicate's reason ("/contents/3", "line 12 of services.csv")
     * @param locator turns a problem into a quarantine entry, and a finding into the input's finding, at the right
     *     file and line or pointer
     */
    void add(HsdsServiceMapper.Mapping mapping, String where, Locator locator) {
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
            if (!mapping.findings().isEmpty()) {
                withFindings++;
                mapping.findings().stream()
                        .map(finding ->
                                locator.finding(finding, mapping.service().id()))
                        .forEach(findings::add);
            }
            return;
        }
        quarantined++;
        problems.stream().map(locator::entry).forEach(quarantine::add);
    }

    ReadResult<Service> result(InputSpec spec, String sha256) {
        return new ReadResult<>(spec, sha256, accepted, quarantine, read, quarantined, findings, withFindings);
    }

    /** The JSON pointer of a field at {@code objectPointer} (relative to the record) in a record at {@code recordPointer}. */
    static String fieldPointer(String recordPointer, String objectPointer, String field) {
        String object = recordPointer + objectPointer;
        return field.startsWith("(")
                ? object
                : object + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    /** The JSON pointer of a problem's field in a record at {@code recordPointer}. */
    static String fieldPointer(String recordPointer, HsdsServiceMapper.Problem problem) {
        return fieldPointer(recordPointer, problem.pointer(), problem.field());
    }
}
