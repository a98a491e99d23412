package org.provisionlens.jobs.sources.oruk;

import java.nio.file.Path;
import java.util.List;
import org.provisionlens.jobs.ingest.FieldFinding;
import org.provisionlens.jobs.ingest.QuarantineEntry;

/** Where the Open Referral UK examples and fixtures are, and quarantine entries as comparable text. */
final class OrukTestFiles {

    /** Byte-for-byte copies of the examples used (so the tests run anywhere), and the fixtures cut from them. */
    static final Path FIXTURES = Path.of("src/test/resources/oruk");

    static final String COUNSELLING_ID = "ac148810-d857-441c-9679-408f346de14b";

    private OrukTestFiles() {}

    /** "pointer-or-line | field | value | reason", with the file for CSV entries. */
    static List<String> describe(List<QuarantineEntry> quarantine) {
        return quarantine.stream()
                .map(entry -> (entry.line() != null ? entry.file() + ":" + entry.line() : entry.pointer()) + " | "
                        + entry.field() + " | " + entry.value() + " | " + entry.reason())
                .toList();
    }

    /** "pointer-or-file:line | service id | field | value | kept as | reason". */
    static List<String> findings(List<FieldFinding> findings) {
        return findings.stream()
                .map(f -> (f.line() != null ? f.file() + ":" + f.line() : f.pointer()) + " | " + f.serviceId() + " | "
                        + f.field() + " | " + f.value() + " | " + f.keptAs() + " | " + f.reason())
                .toList();
    }
}
