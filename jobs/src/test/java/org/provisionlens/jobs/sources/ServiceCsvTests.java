package org.provisionlens.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Funder;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.SourceReference;
import org.provisionlens.core.services.Tier;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

class ServiceCsvTests {

    private static final Path WITH_PROBLEMS = Path.of("src/test/resources/fixtures/sources/services-with-problems.csv");
    private static final Path TRAFFORD_EXAMPLE = Path.of("templates/service-example-trafford.csv");

    private static SparkSession spark;

    @TempDir
    Path folder;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static ReadResult<Service> read(Path file) {
        return ServiceCsv.read(spark, new InputSpec("services", ServiceCsv.FORMAT, file));
    }

    @Test
    void quarantinesOneRowPerKindOfDefectWithLineFieldValueAndReason() {
        ReadResult<Service> result = read(WITH_PROBLEMS);

        // lines 2-24: the clean rows on lines 2 and 24, a defect on each line from 3 to 23; the defects of ages (8, 9),
        // coordinates (11, 12) and email (21) are in optional fields: those 5 rows are kept, with findings
        assertThat(result.rowsRead()).isEqualTo(23);
        assertThat(result.rowsAccepted()).isEqualTo(7);
        assertThat(result.rowsQuarantined()).isEqualTo(16);
        assertThat(result.rowsWithFindings()).isEqualTo(5);
        assertThat(result.quarantine().stream()
                        .map(q -> q.line() + " " + q.field() + " [" + q.value() + "] " + q.reason())
                        .toList())
                .containsExactly(
                        "3 service_id [S1] duplicate service_id (first on line 2)",
                        "4 name [null] a value is required",
                        "5 domain [schooling] expected a domain: education, health, social care or preparation for"
                                + " adulthood, or NA",
                        "6 tier [high] expected a tier: universal, targeted or specialist, or NA",
                        "7 needs [autism;SLCN] expected DfE need codes separated by ';' (ASD, HI, MLD, MSI, OTH, PD,"
                                + " PMLD, SEMH, SLCN, SLD, SPLD, VI, NSA) or 'all', or NA",
                        "10 postcode [M33] expected a UK postcode such as M33 7ZF, or NA",
                        "13 capacity [ten] expected a whole number from 0 to 1000000, or NA for not known",
                        "14 capacity_unit [NA] a capacity_unit is required when capacity is given",
                        "15 capacity_unit [weeks] expected a capacity unit: places, caseload or hours per week, or NA",
                        "16 waiting_weeks [2.5] expected a whole number from 0 to 1000000, or NA for not known",
                        "17 cost_per_unit [1000-1500] expected an amount in pounds of 0 or more, e.g. 1250, 1,250.50"
                                + " or £1,250.50, or NA",
                        "18 funder [lottery] expected a funder: LA, ICB (or CCG), joint, school or other, or NA",
                        "19 in_area [maybe] expected one of yes, no, true, false, y, n, or NA for not known",
                        "20 last_reviewed [31/02/2025] expected a date as yyyy-mm-dd or dd/mm/yyyy, or NA for not"
                                + " known",
                        "22 urn [12345] expected a DfE URN (6 or 7 digits), or NA",
                        "23 (line) [] blank line",
                        "23 name [null] a value is required",
                        "23 service_id [null] a value is required");
        assertThat(result.quarantine()).allSatisfy(q -> {
            assertThat(q.inputName()).isEqualTo("services");
            assertThat(q.file()).isEqualTo("services-with-problems.csv");
        });
        assertThat(result.findings().stream()
                        .map(f -> f.line() + " " + f.serviceId() + " " + f.field() + " [" + f.value() + "] -> ["
                                + f.keptAs() + "] " + f.reason())
                        .toList())
                .containsExactly(
                        "8 services:S7 max_age [5] -> [null] expected max_age to be at least min_age (19): ages"
                                + " unknown",
                        "9 services:S8 min_age [-1] -> [null] expected a whole number of years from 0 to 120: ages"
                                + " unknown",
                        "11 services:S10 latitude [53.4466] -> [null] latitude and longitude go together, and the"
                                + " longitude is missing: the location is kept without coordinates",
                        "12 services:S11 latitude [95] -> [null] expected a decimal number from -90 to 90: the"
                                + " location is kept without coordinates",
                        "21 services:S20 email [not an email] -> [null] not an email address: expected one such as"
                                + " name@example.org");
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.inputName()).isEqualTo("services");
            assertThat(f.file()).isEqualTo("services-with-problems.csv");
            assertThat(f.pointer()).isNull();
        });
        Map<String, Service> kept =
                result.accepted().stream().collect(Collectors.toMap(Service::id, service -> service));
        assertThat(kept.get("services:S7").ages().isKnown()).isFalse();
        assertThat(kept.get("services:S8").ages().isKnown()).isFalse();
        assertThat(kept.get("services:S10").locations())
                .containsExactly(new ServiceLocation("Clinic", "Chapel Lane, Stretford", "M32 9AJ", null, null));
        assertThat(kept.get("services:S11").locations())
                .containsExactly(new ServiceLocation("Clinic", "Chapel Lane, Stretford", "M32 9AJ", null, null));
        assertThat(kept.get("services:S20").email()).isNull();
        assertThat(kept.get("services:S20").phone()).isEqualTo("0161 496 0101");
    }

    @Test
    void readsEveryColumnOfACleanRowToTheService() {
        Service salt = read(WITH_PROBLEMS).accepted().get(0);

        assertThat(salt.id()).isEqualTo("services:S1");
        assertThat(salt.name()).isEqualTo("Speech and language therapy");
        assertThat(salt.description()).isEqualTo("Therapy, advice and training");
        assertThat(salt.organisation()).isEqualTo("NHS trust");
        assertThat(salt.domain()).isEqualTo(Domain.HEALTH);
        assertThat(salt.tier()).isEqualTo(Tier.SPECIALIST);
        assertThat(salt.needs()).containsExactlyInAnyOrder(NeedCode.SLCN, NeedCode.ASD);
        assertThat(salt.ages()).isEqualTo(new AgeRange(0, 19));
        assertThat(salt.locations())
                .containsExactly(new ServiceLocation("Clinic", "Chapel Lane, Stretford", "M32 9AJ", 53.4466, -2.309));
        assertThat(salt.capacity()).isEqualTo(620);
        assertThat(salt.capacityUnit()).isEqualTo(CapacityUnit.CASELOAD);
        assertThat(salt.currentUse()).isEqualTo(655);
        assertThat(salt.waitingList()).isEqualTo(148);
        assertThat(salt.waitingWeeks()).isEqualTo(18);
        assertThat(salt.costPerUnit()).isEqualByComparingTo(new BigDecimal("1450.00"));
        assertThat(salt.funder()).isEqualTo(Funder.ICB);
        assertThat(salt.inArea()).isTrue();
        assertThat(salt.eligibility()).isEqualTo("GP referral");
        assertThat(salt.qualityRating()).isEqualTo("CQC: Good");
        assertThat(salt.lastReviewed()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(salt.email()).isEqualTo("salt@example.org");
        assertThat(salt.phone()).isEqualTo("0161 496 0101");
        assertThat(salt.website()).isEqualTo("https://www.example.org/salt");
        assertThat(salt.urn()).isNull();
        assertThat(salt.sources())
                .containsExactly(
                        new SourceReference("services", "service-csv", "services-with-problems.csv", "line 2", "S1"));
    }

    @Test
    void readsLenientSpellingsAndKeepsUnknownValuesUnknownNeverZero() {
        List<Service> accepted = read(WITH_PROBLEMS).accepted();
        Service clubs = accepted.get(accepted.size() - 1);

        assertThat(clubs.id()).isEqualTo("services:S23");
        assertThat(clubs.description()).isNull();
        assertThat(clubs.organisation()).isNull();
        assertThat(clubs.domain()).isEqualTo(Domain.SOCIAL_CARE);
        assertThat(clubs.tier()).isEqualTo(Tier.TARGETED);
        Set<NeedCode> every = EnumSet.complementOf(EnumSet.of(NeedCode.UNKNOWN));
        assertThat(clubs.needs()).isEqualTo(every).hasSize(13);
        assertThat(clubs.ages()).isEqualTo(new AgeRange(5, null));
        assertThat(clubs.locations()).containsExactly(new ServiceLocation(null, null, "M41 5SL", null, null));
        assertThat(clubs.capacity()).isNull();
        assertThat(clubs.capacityUnit()).isNull();
        assertThat(clubs.currentUse()).isNull();
        assertThat(clubs.waitingList()).isZero();
        assertThat(clubs.waitingWeeks()).isNull();
        assertThat(clubs.costPerUnit()).isEqualByComparingTo(new BigDecimal("24.50"));
        assertThat(clubs.funder()).isEqualTo(Funder.ICB);
        assertThat(clubs.inArea()).isFalse();
        assertThat(clubs.lastReviewed()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(clubs.urn()).isEqualTo("106391");
    }

    @Test
    void theTraffordWorkedExampleReadsWholly() {
        ReadResult<Service> example = read(TRAFFORD_EXAMPLE);

        assertThat(example.rowsRead()).isEqualTo(16);
        assertThat(example.rowsQuarantined()).isZero();
        // every contact detail, age and coordinate of the example is good: no findings
        assertThat(example.rowsWithFindings()).isZero();
        assertThat(example.findings()).isEmpty();
        assertThat(example.quarantine()).isEmpty();
        assertThat(example.accepted()).hasSize(16);
        assertThat(example.sha256()).hasSize(64);
        List<String> ids = example.accepted().stream().map(Service::id).toList();
        assertThat(ids.get(0)).isEqualTo("services:TRF-SALT-01");
        Service outOfArea = example.accepted().stream()
                .filter(s -> s.id().equals("services:TRF-OOA-01"))
                .findFirst()
                .orElseThrow();
        assertThat(outOfArea.inArea()).isFalse();
        assertThat(outOfArea.funder()).isEqualTo(Funder.JOINT);
        assertThat(outOfArea.costPerUnit()).isEqualByComparingTo(new BigDecimal("68500"));
        assertThat(example.accepted().stream().filter(s -> s.funder() == Funder.JOINT))
                .extracting(Service::id)
                .containsExactly("services:TRF-SENDIASS", "services:TRF-OOA-01", "services:TRF-KEY-01");
        // "CCG" on the occupational therapy row reads as ICB; SENDIASS gives no capacity, which stays unknown
        assertThat(example.accepted().get(1).funder()).isEqualTo(Funder.ICB);
        assertThat(example.accepted().get(12).capacity()).isNull();
        assertThat(example.accepted().stream().map(Service::domain).distinct())
                .containsExactlyInAnyOrder(
                        Domain.HEALTH, Domain.SOCIAL_CARE, Domain.EDUCATION, Domain.PREPARATION_FOR_ADULTHOOD);
    }

    @Test
    void theTemplateHasEveryColumnAndNoRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("templates/service-template.csv"));
        assertThat(lines).containsExactly(String.join(",", ServiceCsv.COLUMNS));
        assertThat(read(Path.of("templates/service-template.csv")).rowsRead()).isZero();
    }

    @Test
    void aHeaderWithoutATemplateColumnStopsTheRunNamingTheColumn() throws IOException {
        String header = String.join(",", ServiceCsv.COLUMNS).replace(",capacity_unit", "");
        Path file = Files.writeString(folder.resolve("services.csv"), header + "\nS1,A service\n");
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("input 'services' (" + file + ") is missing the column(s) [capacity_unit]");
    }

    @Test
    void contactDetailsAreCleanedOrLeftEmptyAndAFiveMegabyteNameQuarantinesItsRow() throws IOException {
        int columns = ServiceCsv.COLUMNS.size();
        String huge = "N".repeat(5 * 1024 * 1024);
        Path file = Files.writeString(
                folder.resolve("services.csv"),
                String.join(",", ServiceCsv.COLUMNS) + "\n"
                        + row(columns, "S1", huge, null, null, null) + "\n"
                        + row(
                                columns,
                                "S2",
                                "Short breaks",
                                "mailto:breaks@example.org.",
                                "12345",
                                "example.org/breaks")
                        + "\n"
                        + row(columns, "S3", "Portage", "portage@example.org", "+44 (0)161 912 1234", "https://x.org")
                        + "\n");

        ReadResult<Service> result = read(file);

        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.rowsQuarantined()).isEqualTo(1);
        assertThat(result.rowsAccepted()).isEqualTo(2);
        assertThat(result.rowsWithFindings()).isEqualTo(1);
        // 5 MB = 5,242,880 characters
        assertThat(result.quarantine()).singleElement().satisfies(q -> {
            assertThat(q.line()).isEqualTo(2);
            assertThat(q.field()).isEqualTo("name");
            assertThat(q.reason())
                    .isEqualTo("name is 5,242,880 characters long; at most 1,000 are accepted (is the file broken?)");
            assertThat(q.value()).isEqualTo("N".repeat(100) + "… (5,242,880 characters)");
        });
        assertThat(result.findings().stream()
                        .map(f -> f.line() + " " + f.field() + " [" + f.value() + "] -> [" + f.keptAs() + "] "
                                + f.reason())
                        .toList())
                .containsExactly(
                        "3 email [mailto:breaks@example.org.] -> [breaks@example.org] the mailto: prefix was removed;"
                                + " the full stop after the address was removed",
                        "3 phone [12345] -> [null] not a UK phone number: expected 10 or 11 digits, such as 0161 912"
                                + " 1234 or +44 161 912 1234",
                        "3 website [example.org/breaks] -> [https://example.org/breaks] no http:// or https://:"
                                + " https:// was added");
        Service breaks = result.accepted().get(0);
        assertThat(breaks.email()).isEqualTo("breaks@example.org");
        assertThat(breaks.phone()).isNull();
        assertThat(breaks.website()).isEqualTo("https://example.org/breaks");
        Service portage = result.accepted().get(1);
        assertThat(portage.phone()).isEqualTo("+44 (0)161 912 1234");
        assertThat(portage.website()).isEqualTo("https://x.org");
    }

    @Test
    void theDemosTraffordListingsAreKeptWithoutFindings() {
        // the demo's 14 generated services: emails name@trafford.example.org, phones 01632 960358 (11 digits), web
        // addresses https://www.trafford.example.org/send/..., ages and coordinates all readable
        ReadResult<Service> demo = read(Path.of("demo-data/generated/services.csv"));

        assertThat(demo.rowsRead()).isEqualTo(14);
        assertThat(demo.rowsAccepted()).isEqualTo(14);
        assertThat(demo.rowsQuarantined()).isZero();
        assertThat(demo.rowsWithFindings()).isZero();
    }

    /** A template row with an id, a name, an email, a phone and a website; every other column empty. */
    private static String row(int columns, String id, String name, String email, String phone, String website) {
        String[] cells = new String[columns];
        java.util.Arrays.fill(cells, "");
        cells[ServiceCsv.COLUMNS.indexOf("service_id")] = id;
        cells[ServiceCsv.COLUMNS.indexOf("name")] = name;
        cells[ServiceCsv.COLUMNS.indexOf("email")] = email == null ? "" : email;
        cells[ServiceCsv.COLUMNS.indexOf("phone")] = phone == null ? "" : "\"" + phone + "\"";
        cells[ServiceCsv.COLUMNS.indexOf("website")] = website == null ? "" : website;
        return String.join(",", cells);
    }
}
