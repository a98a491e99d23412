package org.provisionlens.jobs.sources.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provisionlens.jobs.sources.oruk.OrukTestFiles.COUNSELLING_ID;
import static org.provisionlens.jobs.sources.oruk.OrukTestFiles.FIXTURES;
import static org.provisionlens.jobs.sources.oruk.OrukTestFiles.describe;
import static org.provisionlens.jobs.sources.oruk.OrukTestFiles.findings;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.SourceReference;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

class OrukDatapackageReaderTests {

    private static final Path EXAMPLE = FIXTURES.resolve("example-datapackage");

    @TempDir
    Path folder;

    private static InputSpec datapackage(Path descriptor) {
        return new InputSpec("localOffer", "oruk-datapackage", descriptor);
    }

    /** A copy of the example package in the temporary folder, to change. */
    private Path copyOfExample() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder.resolve("datapackage.json");
    }

    @Test
    void theExampleServiceIsKeptWithAFindingAtTheLineOfLocationsCsvWithLatitude100() {
        ReadResult<Service> result = OrukReaders.read(datapackage(EXAMPLE.resolve("datapackage.json")));

        assertThat(result.rowsRead()).isEqualTo(1);
        assertThat(result.rowsAccepted()).isEqualTo(1);
        assertThat(result.rowsQuarantined()).isZero();
        assertThat(result.rowsWithFindings()).isEqualTo(1);
        // the example CSVs end their lines with CR CR LF: the data row is still line 2
        assertThat(findings(result.findings()))
                .containsExactly("locations.csv:2 | localOffer:" + COUNSELLING_ID + " | latitude | 100 | null"
                        + " | a latitude must be -90 to 90: the location is kept without coordinates");
        assertThat(result.accepted().get(0).locations())
                .containsExactly(
                        new ServiceLocation("MyCity Civic Center", "1-30 Main Street, MyCity", "ABC 1234", null, null));
    }

    @Test
    void readsTheExampleTablesIntoOneServiceOnceItsCoordinatesAreOnEarth() throws IOException {
        Path descriptor = copyOfExample();
        Path locations = folder.resolve("locations.csv");
        String example = Files.readString(locations);
        Files.writeString(locations, example.replace(",100,101,", ",53.4461,-2.3086,"));
        assertThat(Files.readString(locations)).isNotEqualTo(example);

        ReadResult<Service> result = OrukDatapackageReader.read(datapackage(descriptor));

        assertThat(result.quarantine()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(1);
        Service service = result.accepted().get(0);
        assertThat(service.id()).isEqualTo("localOffer:" + COUNSELLING_ID);
        assertThat(service.name()).isEqualTo("Community Counselling");
        assertThat(service.description())
                .isEqualTo("Counselling Services provided by trained professionals. Suitable for people with mental"
                        + " health conditions such as anxiety, depression, or eating disorders as well as people"
                        + " experiencing difficult life events and circumstances.");
        assertThat(service.organisation()).isEqualTo("Example Organization Inc.");
        assertThat(service.email()).isEqualTo("email@example.com");
        assertThat(service.website()).isEqualTo("http://example.com/counselling");
        // phones.csv quotes the number twice ("""+44 1234 234567"""); it is linked through contacts.csv
        assertThat(service.phone()).isEqualTo("+44 1234 234567");
        assertThat(service.ages()).isEqualTo(new AgeRange(12, 100));
        assertThat(service.locations())
                .containsExactly(new ServiceLocation(
                        "MyCity Civic Center", "1-30 Main Street, MyCity", "ABC 1234", 53.4461, -2.3086));
        assertThat(service.costPerUnit()).isEqualByComparingTo(new BigDecimal("35"));
        // attribute.csv's one row links another entity (f28dd44b-...), not this service
        assertThat(service.categories()).isEmpty();
        assertThat(service.lastReviewed()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(service.sources())
                .containsExactly(new SourceReference(
                        "localOffer",
                        "oruk-datapackage",
                        "datapackage.json",
                        "line 2 of services.csv",
                        COUNSELLING_ID));
        assertThat(result.sha256()).hasSize(64);
    }

    @Test
    void aMessyPackageIsQuarantinedOrKeptWithFindingsAtTheFileAndLineOfEachBadValue() {
        ReadResult<Service> result =
                OrukReaders.read(datapackage(FIXTURES.resolve("messy-datapackage/datapackage.json")));

        // s2 has no name: unusable; s3's reversed ages, s4's missing location and s5's latitude 91.5 are faults of
        // optional parts: those services are kept with findings
        assertThat(result.rowsRead()).isEqualTo(6);
        assertThat(result.rowsAccepted()).isEqualTo(5);
        assertThat(result.rowsQuarantined()).isEqualTo(1);
        assertThat(result.rowsWithFindings()).isEqualTo(3);
        // services.csv line 2 holds a description over two lines, so s2 is on line 4
        assertThat(describe(result.quarantine())).containsExactly("services.csv:4 | name |  | a service needs a name");
        assertThat(findings(result.findings()))
                .containsExactly(
                        "services.csv:5 | localOffer:s3 | minimum_age | 16 | null"
                                + " | the minimum age 16 is above the maximum age 11: ages unknown",
                        "service_at_location.csv:3 | localOffer:s4 | location_id | loc-404 | null"
                                + " | no location has this id in locations.csv: the service is kept without this"
                                + " location",
                        "locations.csv:3 | localOffer:s5 | latitude | 91.5 | null"
                                + " | a latitude must be -90 to 90: the location is kept without coordinates");
        assertThat(result.findings())
                .allSatisfy(finding -> assertThat(finding.pointer()).isNull());
        assertThat(result.accepted().stream().map(Service::id))
                .containsExactly("localOffer:s1", "localOffer:s3", "localOffer:s4", "localOffer:s5", "localOffer:s6");
        assertThat(result.accepted().get(3).locations())
                .containsExactly(new ServiceLocation("Central Library", null, null, null, null));

        Service sensory = result.accepted().get(0);
        assertThat(sensory.id()).isEqualTo("localOffer:s1");
        assertThat(sensory.name()).isEqualTo("Sensory Support Team");
        assertThat(sensory.description())
                .isEqualTo("Teachers of the deaf & of the visually impaired. Home & school visits");
        assertThat(sensory.organisation()).isEqualTo("MyCity Council");
        assertThat(sensory.email()).isEqualTo("sensory@mycity.gov.uk");
        assertThat(sensory.phone()).isEqualTo("0161 912 2000");
        assertThat(sensory.ages()).isEqualTo(new AgeRange(0, 25));
        assertThat(sensory.locations())
                .containsExactly(new ServiceLocation(
                        "Civic Centre", "Talbot Road, Stretford, MyCity", "M32 0TH", 53.4461, -2.3086));
        assertThat(sensory.needs()).isEqualTo(Set.of(NeedCode.HI, NeedCode.VI));
        assertThat(sensory.categories()).containsExactly("Hearing impairment", "Visual impairment");
        // two cost options of 0 and 40: no one cost
        assertThat(sensory.costPerUnit()).isNull();
        assertThat(sensory.lastReviewed()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(sensory.sources().get(0).location()).isEqualTo("line 2 of services.csv");

        Service portage = result.accepted().get(4);
        assertThat(portage.id()).isEqualTo("localOffer:s6");
        assertThat(portage.ages().isKnown()).isFalse();
        assertThat(portage.locations()).containsExactly(new ServiceLocation("Online", null, null, null, null));
        assertThat(portage.domain()).isEqualTo(Domain.EDUCATION);
        assertThat(portage.categories()).containsExactly("Education");
        assertThat(portage.costPerUnit()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(portage.lastReviewed()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(portage.sources().get(0).location()).isEqualTo("line 8 of services.csv");
    }

    @Test
    void aDescriptorThatIsNotJsonStopsTheRunNamingIt() throws IOException {
        Path descriptor = Files.writeString(folder.resolve("datapackage.json"), "resources:\n  - services.csv\n");

        assertThatThrownBy(() -> OrukDatapackageReader.read(datapackage(descriptor)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(descriptor.toString())
                .hasMessageContaining("is not JSON");
    }

    @Test
    void aMissingServicesFileStopsTheRunNamingIt() throws IOException {
        Path descriptor = copyOfExample();
        Files.delete(folder.resolve("services.csv"));

        assertThatThrownBy(() -> OrukDatapackageReader.read(datapackage(descriptor)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("names services.csv for its 'service' resource, but "
                        + folder.resolve("services.csv").toAbsolutePath() + " does not exist");
    }

    @Test
    void aPackageWithoutAServicesResourceStopsTheRun() throws IOException {
        Path descriptor = Files.writeString(
                folder.resolve("datapackage.json"),
                "{\"resources\": [{\"name\": \"organization\", \"path\": \"organizations.csv\"}]}");

        assertThatThrownBy(() -> OrukDatapackageReader.read(datapackage(descriptor)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(descriptor.toString())
                .hasMessageContaining("names no services resource");
    }

    @Test
    void aServicesFileWithoutItsIdColumnStopsTheRunNamingTheFile() throws IOException {
        Path descriptor = copyOfExample();
        Files.writeString(folder.resolve("services.csv"), "service_id,name\r\n1,Stay and Play\r\n");

        assertThatThrownBy(() -> OrukDatapackageReader.read(datapackage(descriptor)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("services.csv has no 'id' column")
                .hasMessageContaining("(it has service_id, name)");
    }

    @Test
    void aQuotedValueThatIsNeverClosedStopsTheRunNamingItsLine() throws IOException {
        Path descriptor = copyOfExample();
        Files.writeString(folder.resolve("services.csv"), "id,name,description\n1,Stay and Play,\"Tuesdays\n2,x,y\n");

        assertThatThrownBy(() -> OrukDatapackageReader.read(datapackage(descriptor)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        folder.resolve("services.csv").toAbsolutePath().toString())
                .hasMessageContaining("the quoted value opened on line 2 is never closed");
    }
}
