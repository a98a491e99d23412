package org.provisionlens.jobs.sources.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.jobs.sources.oruk.OrukTestFiles.FIXTURES;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.services.Service;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * How many records each feed in the tests reads, keeps (accepted), quarantines and keeps with findings, as
 * "read/accepted/quarantined/with findings". Worked out by hand from the files: the profile's examples hold one service
 * each, whose location is at latitude 100 in the full service and the datapackage (a finding: the location is kept
 * without coordinates) and has no location in the list; the Trafford directory fixture's 2 services are clean; the
 * messy fixtures' counts are worked out in their own tests.
 */
class RealFeedCountsTests {

    private static String counts(String format, Path file) {
        ReadResult<Service> result = OrukReaders.read(new InputSpec("localOffer", format, file));
        return result.rowsRead() + "/" + result.rowsAccepted() + "/" + result.rowsQuarantined() + "/"
                + result.rowsWithFindings();
    }

    @Test
    void theProfilesOwnExamplesAreEachKept() {
        assertThat(counts("oruk-json", FIXTURES.resolve("service_full.json"))).isEqualTo("1/1/0/1");
        assertThat(counts("oruk-json", FIXTURES.resolve("service_list.json"))).isEqualTo("1/1/0/0");
        assertThat(counts("oruk-datapackage", FIXTURES.resolve("example-datapackage/datapackage.json")))
                .isEqualTo("1/1/0/1");
    }

    @Test
    void theTraffordDirectoryAndTheMessyFixturesKeepEveryUsableRecord() {
        assertThat(counts("oruk-json", Path.of("src/test/resources/fixtures/trafford-directory.json")))
                .isEqualTo("2/2/0/0");
        assertThat(counts("oruk-json", FIXTURES.resolve("messy-service-list.json")))
                .isEqualTo("9/6/3/3");
        assertThat(counts("oruk-datapackage", FIXTURES.resolve("messy-datapackage/datapackage.json")))
                .isEqualTo("6/5/1/3");
        assertThat(counts("oruk-json", FIXTURES.resolve("trailing-full-stop-emails.json")))
                .isEqualTo("3/3/0/2");
    }
}
