package org.provisionlens.jobs.sources.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.provisionlens.jobs.sources.oruk.OrukTestFiles.COUNSELLING_ID;
import static org.provisionlens.jobs.sources.oruk.OrukTestFiles.FIXTURES;
import static org.provisionlens.jobs.sources.oruk.OrukTestFiles.describe;

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
    void theExampleFullServiceIsQuarantinedForItsLatitudeOf100() {
        // the profile's example location is at latitude 100, longitude 101: not a place on Earth
        ReadResult<Service> result = OrukReaders.read(json(FIXTURES.resolve("service_full.json")));

        assertThat(result.rowsRead()).isEqualTo(1);
        assertThat(result.accepted()).isEmpty();
        assertThat(result.rowsQuarantined()).isEqualTo(1);
        assertThat(describe(result.quarantine()))
                .containsExactly(
                        "/service_at_locations/0/location/latitude | latitude | 100 | a latitude must be -90 to 90");
        assertThat(result.quarantine().get(0).file()).isEqualTo("service_full.json");
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
    void aMessyFeedKeepsItsGoodServicesAndQuarantinesEachBadOneOnce() {
        ReadResult<Service> result = OrukReaders.read(json(FIXTURES.resolve("messy-service-list.json")));

        assertThat(result.rowsRead()).isEqualTo(9);
        assertThat(result.rowsAccepted()).isEqualTo(3);
        assertThat(result.rowsQuarantined()).isEqualTo(6);
        assertThat(describe(result.quarantine()))
                .containsExactly(
                        "/contents/1/name | name |     | a service needs a name",
                        "/contents/3/minimum_age | minimum_age | 18 | the minimum age 18 is above the maximum age 5",
                        "/contents/4/service_at_locations/0/location/latitude | latitude | fifty-three"
                                + " | expected a latitude in decimal degrees",
                        "/contents/4/service_at_locations/0/location/longitude | longitude | 181"
                                + " | a longitude must be -180 to 180",
                        "/contents/5/id | id | null | a service needs an id",
                        "/contents/6/email | email | info at mycity.gov.uk | not an email address",
                        "/contents/8/id | id | " + COUNSELLING_ID
                                + " | the id is used by an earlier service (/contents/0)");
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
        Service respite = result.accepted().get(2);
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
}
