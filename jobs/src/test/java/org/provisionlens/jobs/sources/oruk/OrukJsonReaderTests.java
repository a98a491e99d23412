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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.SourceReference;
import org.provisionlens.core.services.Tier;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

class OrukJsonReaderTests {

    @TempDir
    Path folder;

    private static InputSpec json(Path file) {
        return new InputSpec("localOffer", "oruk-json", file);
    }

    @Test
    void readsTheExamplePageOfServices() {
        ReadResult<Service> result = OrukReaders.read(json(FIXTURES.resolve("service_list.json")));

        assertThat(result.rowsRead()).isEqualTo(1);
        assertThat(result.quarantine()).isEmpty();
        Service service = result.accepted().get(0);
        assertThat(service.id()).isEqualTo("localOffer:" + COUNSELLING_ID);
        assertThat(service.name()).isEqualTo("Community Counselling");
        // the example's trailing space is gone
        assertThat(service.description())
                .isEqualTo("Counselling Services provided by trained professionals. Suitable for people with mental"
                        + " health conditions such as anxiety, depression, or eating disorders as well as people"
                        + " experiencing difficult life events and circumstances.");
        assertThat(service.organisation()).isEqualTo("Example Organization Inc.");
        assertThat(service.email()).isEqualTo("email@example.com");
        assertThat(service.website()).isEqualTo("http://example.com/counselling");
        assertThat(service.phone()).isNull();
        assertThat(service.ages()).isEqualTo(new AgeRange(12, 100));
        assertThat(service.lastReviewed()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(service.locations()).isEmpty();
        // the list form has no taxonomy terms: the description's "mental health" is not read as a need
        assertThat(service.needs()).isEmpty();
        assertThat(service.categories()).isEmpty();
        assertThat(service.domain()).isNull();
        assertThat(service.tier()).isNull();
        assertThat(service.costPerUnit()).isNull();
        assertThat(service.sources())
                .containsExactly(new SourceReference(
                        "localOffer", "oruk-json", "service_list.json", "/contents/0", COUNSELLING_ID));
        assertThat(result.sha256()).hasSize(64);
    }

    @Test
    void theExampleFullServiceIsKeptWithoutTheCoordinatesOfItsLatitudeOf100() {
        // the profile's example location is at latitude 100, longitude 101: not a place on Earth; the coordinates are
        // optional, so the service is kept, its location without coordinates, and the fault is a finding
        ReadResult<Service> result = OrukReaders.read(json(FIXTURES.resolve("service_full.json")));

        assertThat(result.rowsRead()).isEqualTo(1);
        assertThat(result.rowsAccepted()).isEqualTo(1);
        assertThat(result.rowsQuarantined()).isZero();
        assertThat(result.rowsWithFindings()).isEqualTo(1);
        assertThat(findings(result.findings()))
                .containsExactly("/service_at_locations/0/location/latitude | localOffer:" + COUNSELLING_ID
                        + " | latitude | 100 | null | a latitude must be -90 to 90: the location is kept without"
                        + " coordinates");
        assertThat(result.findings().get(0).file()).isEqualTo("service_full.json");
        assertThat(result.accepted().get(0).locations())
                .containsExactly(
                        new ServiceLocation("MyCity Civic Center", "1-30 Main Street, MyCity", "ABC 1234", null, null));
    }

    @Test
    void readsEveryPartOfTheExampleFullServiceOnceItsCoordinatesAreOnEarth() throws IOException {
        String example = Files.readString(FIXTURES.resolve("service_full.json"));
        String onEarth = example.replace("\"latitude\": 100,", "\"latitude\": 53.4461,")
                .replace("\"longitude\": 101,", "\"longitude\": -2.3086,");
        assertThat(onEarth).isNotEqualTo(example);
        Path file = Files.writeString(folder.resolve("service_full.json"), onEarth);

        ReadResult<Service> result = OrukJsonReader.read(json(file));

        assertThat(result.quarantine()).isEmpty();
        Service service = result.accepted().get(0);
        assertThat(service.id()).isEqualTo("localOffer:" + COUNSELLING_ID);
        assertThat(service.name()).isEqualTo("Community Counselling");
        assertThat(service.organisation()).isEqualTo("Example Organization Inc.");
        assertThat(service.ages()).isEqualTo(new AgeRange(12, 100));
        assertThat(service.locations())
                .containsExactly(new ServiceLocation(
                        "MyCity Civic Center", "1-30 Main Street, MyCity", "ABC 1234", 53.4461, -2.3086));
        assertThat(service.mainPostcode()).isEqualTo("ABC 1234");
        // one cost option of 35 (per 1 hour session)
        assertThat(service.costPerUnit()).isEqualByComparingTo(new BigDecimal("35"));
        // the example's attribute is a placeholder term called "name"
        assertThat(service.categories()).containsExactly("name");
        assertThat(service.needs()).isEmpty();
        // the example's one contact has no phones, and the UK profile has no service phones
        assertThat(service.phone()).isNull();
        assertThat(service.eligibility()).isNull();
        assertThat(service.funder()).isNull();
        assertThat(service.lastReviewed()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(service.sources())
                .containsExactly(
                        new SourceReference("localOffer", "oruk-json", "service_full.json", "", COUNSELLING_ID));
    }

    @Test
    void aMessyFeedKeepsItsGoodServicesAndQuarantinesEachUnusableOneOnce() {
        ReadResult<Service> result = OrukReaders.read(json(FIXTURES.resolve("messy-service-list.json")));

        // 9 records: no name (1), no id (5) and a repeated id (8) are unusable; reversed ages (3), unreadable
        // coordinates (4) and an email that is not one (6) are faults of optional fields: kept, with findings
        assertThat(result.rowsRead()).isEqualTo(9);
        assertThat(result.rowsAccepted()).isEqualTo(6);
        assertThat(result.rowsQuarantined()).isEqualTo(3);
        assertThat(result.rowsWithFindings()).isEqualTo(3);
        assertThat(describe(result.quarantine()))
                .containsExactly(
                        "/contents/1/name | name |     | a service needs a name",
                        "/contents/5/id | id | null | a service needs an id",
                        "/contents/8/id | id | " + COUNSELLING_ID
                                + " | the id is used by an earlier service (/contents/0)");
        assertThat(findings(result.findings()))
                .containsExactly(
                        "/contents/3/minimum_age | localOffer:b0000000-0000-4000-8000-000000000003 | minimum_age | 18"
                                + " | null | the minimum age 18 is above the maximum age 5: ages unknown",
                        "/contents/4/service_at_locations/0/location/latitude"
                                + " | localOffer:b0000000-0000-4000-8000-000000000004 | latitude | fifty-three | null"
                                + " | expected a latitude in decimal degrees: the location is kept without coordinates",
                        "/contents/4/service_at_locations/0/location/longitude"
                                + " | localOffer:b0000000-0000-4000-8000-000000000004 | longitude | 181 | null"
                                + " | a longitude must be -180 to 180: the location is kept without coordinates",
                        "/contents/6/email | localOffer:b0000000-0000-4000-8000-000000000006 | email"
                                + " | info at mycity.gov.uk | null | not an email address: expected one such as"
                                + " name@example.org");
        assertThat(result.findings()).allSatisfy(finding -> {
            assertThat(finding.inputName()).isEqualTo("localOffer");
            assertThat(finding.file()).isEqualTo("messy-service-list.json");
            assertThat(finding.line()).isNull();
        });
        assertThat(result.accepted().stream().map(Service::name))
                .containsExactly(
                        "Community Counselling & Autism Support",
                        "Stay and Play",
                        "Youth Club",
                        "Sensory Room",
                        "Parent Carer Forum",
                        "Old Respite Service");
        assertThat(result.accepted().get(2).ages().isKnown()).isFalse();
        assertThat(result.accepted().get(3).locations())
                .containsExactly(new ServiceLocation("Library", null, null, null, null));
        assertThat(result.accepted().get(4).email()).isNull();
        assertThat(result.quarantine()).allSatisfy(entry -> {
            assertThat(entry.inputName()).isEqualTo("localOffer");
            assertThat(entry.file()).isEqualTo("messy-service-list.json");
            assertThat(entry.line()).isNull();
        });

        Service counselling = result.accepted().get(0);
        assertThat(counselling.name()).isEqualTo("Community Counselling & Autism Support");
        assertThat(counselling.description())
                .isEqualTo("Counselling Services provided by trained professionals. Anxiety & depression"
                        + " Ages 11\u201318");
        assertThat(counselling.organisation()).isEqualTo("Example Organization Inc.");
        assertThat(counselling.needs()).isEqualTo(Set.of(NeedCode.ASD, NeedCode.SLCN, NeedCode.SEMH));
        assertThat(counselling.categories())
                .containsExactly(
                        "Autism Spectrum Disorder (ASD)",
                        "Speech, language and communication",
                        "SEMH",
                        "Specialist",
                        "Health");
        assertThat(counselling.tier()).isEqualTo(Tier.SPECIALIST);
        assertThat(counselling.domain()).isEqualTo(Domain.HEALTH);
        assertThat(counselling.ages()).isEqualTo(new AgeRange(11, 18));
        assertThat(counselling.locations())
                .containsExactly(new ServiceLocation(
                        "MyCity Civic Center", "1-30 Main Street, MyCity", "M32 0TH", 53.4461, -2.3086));
        assertThat(counselling.phone()).isEqualTo("0161 912 2000");
        assertThat(counselling.lastReviewed()).isEqualTo(LocalDate.of(2024, 9, 30));

        Service stayAndPlay = result.accepted().get(1);
        assertThat(stayAndPlay.id()).isEqualTo("localOffer:b0000000-0000-4000-8000-000000000002");
        assertThat(stayAndPlay.description()).isEqualTo("Stay & play sessions for families. Tuesdays");
        assertThat(stayAndPlay.ages().isKnown()).isFalse();
        assertThat(stayAndPlay.lastReviewed()).isNull();

        // a defunct service is read like an active one; 25.5 years is 25; 0,0 is no place
        Service respite = result.accepted().get(5);
        assertThat(respite.name()).isEqualTo("Old Respite Service");
        assertThat(respite.ages()).isEqualTo(new AgeRange(0, 25));
        assertThat(respite.locations()).containsExactly(new ServiceLocation("Closed Centre", null, null, null, null));
        assertThat(respite.sources().get(0).location()).isEqualTo("/contents/7");
    }

    @Test
    void aPlainArrayOfServicesIsReadItemByItem() throws IOException {
        Path file = Files.writeString(
                folder.resolve("services.json"),
                "[{\"id\": \"1\", \"name\": \"One\"}, 42, {\"id\": \"3\", \"name\": \"Three\"}]");

        ReadResult<Service> result = OrukJsonReader.read(json(file));

        assertThat(result.accepted()).extracting(Service::id).containsExactly("localOffer:1", "localOffer:3");
        assertThat(describe(result.quarantine()))
                .containsExactly("/1 | (record) | 42 | expected a service object {\"id\": ..., \"name\": ...}");
    }

    @Test
    void aFileThatIsNotJsonStopsTheRunNamingTheFile() throws IOException {
        Path file = Files.writeString(folder.resolve("services.json"), "id,name\n1,Stay and Play\n");

        assertThatThrownBy(() -> OrukJsonReader.read(json(file)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is not JSON")
                .hasMessageContaining("expected a page of services");
    }

    @Test
    void aJsonValueThatHoldsNoServicesStopsTheRun() throws IOException {
        Path file = Files.writeString(folder.resolve("services.json"), "\"services\"");

        assertThatThrownBy(() -> OrukJsonReader.read(json(file)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("holds a JSON string");
    }

    @Test
    void otherFormatsAreNotDispatchedHere() {
        assertThatThrownBy(() -> OrukReaders.read(new InputSpec("x", "comments-json", folder.resolve("x.json"))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("not an Open Referral UK format");
    }

    /**
     * The fixture is written by hand in the shape of two real feeds' faults (issue 13): Bristol's Open Referral UK
     * services feed has a service whose email ends in a full stop ({@code ...@mencap.org.uk.}), and North
     * Lincolnshire's loses a service the same way. Both used to be quarantined whole; now each is kept with its email
     * cleaned and one finding for it (the other findings are the fixture's own faults in other fields).
     */
    @Test
    void servicesWhoseEmailEndsInAFullStopAreKeptWithTheEmailCleaned() {
        ReadResult<Service> result = OrukReaders.read(json(FIXTURES.resolve("trailing-full-stop-emails.json")));

        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.rowsAccepted()).isEqualTo(3);
        assertThat(result.rowsQuarantined()).isZero();
        assertThat(result.rowsWithFindings()).isEqualTo(2);
        assertThat(result.accepted().stream().map(Service::email))
                .containsExactly("helpline@mencap.org.uk", "familyhubs@northlincs.gov.uk", "salt@example.org");
        assertThat(findings(result.findings()))
                .containsExactly(
                        "/contents/0/email | localOffer:bristol-1 | email | helpline@mencap.org.uk."
                                + " | helpline@mencap.org.uk | the full stop after the address was removed",
                        "/contents/0/url | localOffer:bristol-1 | url | www.mencap.org.uk | https://www.mencap.org.uk"
                                + " | no http:// or https://: https:// was added",
                        "/contents/1/contacts/0/email | localOffer:northlincs-1 | email"
                                + " | mailto:familyhubs@northlincs.gov.uk. | familyhubs@northlincs.gov.uk"
                                + " | the mailto: prefix was removed; the full stop after the address was removed",
                        "/contents/1/contacts/0/phones/0/number | localOffer:northlincs-1 | number | ask at reception"
                                + " | null | not a UK phone number: expected 10 or 11 digits, such as 0161 912 1234 or"
                                + " +44 161 912 1234");
        assertThat(result.accepted().get(0).website()).isEqualTo("https://www.mencap.org.uk");
        assertThat(result.accepted().get(0).phone()).isEqualTo("0808 808 1111");
        // the first number is not one: the contact's second is used
        assertThat(result.accepted().get(1).phone()).isEqualTo("01724 297000");
    }

    @Test
    void aFiveMegabyteNameQuarantinesTheServiceAndAnOverlongDescriptionIsLeftEmpty() throws IOException {
        String name = "N".repeat(5 * 1024 * 1024);
        String description = "D".repeat(100_001);
        Path file = Files.writeString(
                folder.resolve("huge.json"),
                "[{\"id\": \"huge-name\", \"name\": \"" + name + "\"},"
                        + " {\"id\": \"long-text\", \"name\": \"Short name\", \"description\": \"" + description
                        + "\"}]");

        ReadResult<Service> result = OrukJsonReader.read(json(file));

        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.rowsQuarantined()).isEqualTo(1);
        // 5 MB = 5,242,880 characters; the value kept for the quarantine page is its first 100 and its length
        assertThat(result.quarantine()).singleElement().satisfies(entry -> {
            assertThat(entry.pointer()).isEqualTo("/0/name");
            assertThat(entry.reason())
                    .isEqualTo("the name is 5,242,880 characters long; at most 1,000 are accepted (is the file"
                            + " broken?)");
            assertThat(entry.value()).isEqualTo("N".repeat(100) + "… (5,242,880 characters)");
        });
        assertThat(result.accepted()).singleElement().satisfies(service -> {
            assertThat(service.id()).isEqualTo("localOffer:long-text");
            assertThat(service.description()).isNull();
        });
        assertThat(findings(result.findings()).get(0))
                .endsWith("| null | the description is 100,001 characters long; at most 100,000 are accepted (is the"
                        + " file broken?)");
    }
}
