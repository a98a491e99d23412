package org.provisionlens.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.core.consultation.ConsultationEvent;
import org.provisionlens.core.consultation.ConsultationMethod;
import org.provisionlens.core.consultation.ConsultationRegister;
import org.provisionlens.core.consultation.ConsulteeGroup;
import org.provisionlens.core.consultation.ReviewYear;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

class ConsultationRegisterCsvTests {

    /** The demo's register (jobs/demo-data/consultation), labelled there a demo assumption. */
    private static final Path DEMO = Path.of("demo-data/consultation/trafford_consultation_register_2024-25.csv");

    private static final String HEADER =
            "event_id,consultee_groups,held_from,held_to,method,description,participants\n";

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

    private ReadResult<ConsultationEvent> read(String text) throws IOException {
        return read(Files.writeString(folder.resolve("register.csv"), text));
    }

    private static ReadResult<ConsultationEvent> read(Path file) {
        return ConsultationRegisterCsv.read(spark, new InputSpec("register", ConsultationRegisterCsv.FORMAT, file));
    }

    @Test
    void readsGoodRowsAndQuarantinesEachBadOneWithWhereAndWhy() throws IOException {
        ReadResult<ConsultationEvent> register = read(HEADER + """
                E1,CYP_AND_PARENTS_SEN; parents of disabled children,2025-03-01,2025-03-14,online survey,"Survey, spring",212
                E2,ICB,01/04/2025,NA,Phone,Calls to the ICB,NA
                E3,ACADEMIES;governors,2025-04-02,NA,meeting,Heads' meeting,10
                E1,ACADEMIES,2025-04-03,NA,meeting,Same id again,10
                E5,ACADEMIES,2025-04-10,2025-04-09,meeting,Ends before it starts,10
                E6,ACADEMIES,2025-02-30,NA,carrier pigeon,Bad date and method,-3
                E7,,2025-04-10,NA,meeting,,5
                """);

        // 7 rows: E1 and E2 are good (a synonym, spaces round ';', a British date, NA); E3 names an unknown group;
        // the second E1 repeats line 2's id; E5 ends before it starts; E6 has an impossible date, an unknown method
        // and a negative count (3 entries); E7 has no groups and no description (2 entries)
        assertThat(register.rowsRead()).isEqualTo(7);
        assertThat(register.rowsAccepted()).isEqualTo(2);
        assertThat(register.rowsQuarantined()).isEqualTo(5);
        assertThat(register.quarantineEntries())
                .extracting(QuarantineEntry::line, QuarantineEntry::field, QuarantineEntry::value)
                .containsExactly(
                        tuple(4L, "consultee_groups", "ACADEMIES;governors"),
                        tuple(5L, "event_id", "E1"),
                        tuple(6L, "held_to", "2025-04-09"),
                        tuple(7L, "held_from", "2025-02-30"),
                        tuple(7L, "method", "carrier pigeon"),
                        tuple(7L, "participants", "-3"),
                        tuple(8L, "consultee_groups", null),
                        tuple(8L, "description", null));
        assertThat(register.quarantineEntries().get(0).reason())
                .startsWith("unknown consultee group 'governors'; expected groups of regulation 54 separated by ';'");
        assertThat(register.quarantineEntries().get(1).reason()).isEqualTo("duplicate event_id (first on line 2)");
        assertThat(register.quarantineEntries()).allMatch(entry -> entry.file().equals("register.csv"));

        assertThat(register.accepted())
                .containsExactly(
                        new ConsultationEvent(
                                "E1",
                                java.util.List.of(
                                        ConsulteeGroup.CYP_AND_PARENTS_SEN, ConsulteeGroup.CYP_AND_PARENTS_DISABILITY),
                                LocalDate.of(2025, 3, 1),
                                LocalDate.of(2025, 3, 14),
                                ConsultationMethod.ONLINE_SURVEY,
                                "Survey, spring",
                                212),
                        new ConsultationEvent(
                                "E2",
                                java.util.List.of(ConsulteeGroup.INTEGRATED_CARE_BOARDS),
                                LocalDate.of(2025, 4, 1),
                                null,
                                ConsultationMethod.PHONE,
                                "Calls to the ICB",
                                null));
    }

    @Test
    void aFileWithoutTheRegistersColumnsIsRefusedNamingThem() throws IOException {
        assertThatThrownBy(() -> read("event_id,groups,held_from\nE1,ICB,2025-01-01\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(
                        "is missing the column(s) [consultee_groups, held_to, method, description," + " participants]");
    }

    @Test
    void theDemoRegisterLeavesFourRequiredGroupsUnconsultedInTheReviewYear() {
        ReadResult<ConsultationEvent> register = read(DEMO);

        // 15 activities, every one accepted: 2 before the year (8 November 2023, 12 March 2024) and 13 in it
        assertThat(register.rowsRead()).isEqualTo(15);
        assertThat(register.quarantineEntries()).isEmpty();
        ReviewYear year = ReviewYear.ofTimePeriod("202425");
        assertThat(register.accepted().stream().filter(event -> event.heldIn(year)))
                .hasSize(13);
        // rows of consultation_event, one per event and group: 1+1+2+2+1+2+2+2+1+1+2+1+2+3+1 = 24
        assertThat(register.accepted().stream()
                        .mapToInt(event -> event.groups().size())
                        .sum())
                .isEqualTo(24);
        assertThat(ConsultationRegister.gaps(register.accepted(), year))
                .containsExactly(
                        ConsulteeGroup.PUPIL_REFERRAL_UNITS,
                        ConsulteeGroup.YOUTH_OFFENDING_TEAMS,
                        ConsulteeGroup.NHS_ENGLAND,
                        ConsulteeGroup.OTHER_LOCAL_AUTHORITIES);
    }
}
