package org.provisionlens.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.core.demand.CommunityWait.AreaType;
import org.provisionlens.core.demand.Therapy;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.manifest.InputSpec;

class CommunityWaitingListTableTests {

    /** The demo's cut of NHS England's file (jobs/demo-data/nhs), line for line as published. */
    private static final Path DEMO = Path.of("demo-data/nhs/community_waiting_lists_greater_manchester.csv");

    private static final String HEADER = "\"\",\"Organisation Type\",\"Organisation Name\",\"Date\",\"formattedDate\","
            + "\"Therapy\",\"Total waiting list\",\"Waiting >18-52 weeks\",\"Waiting >52 weeks\","
            + "\"Percentage waiting more than 18 weeks\"\n";

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

    private IngestedInput read(String rows) throws IOException {
        Path file = Files.writeString(folder.resolve("waits.csv"), HEADER + rows);
        return CommunityWaitingListTable.ingest(spark, new InputSpec("waits", CommunityWaitingListTable.FORMAT, file));
    }

    @Test
    void readsEveryKindOfRowAndQuarantinesEachBadOneWithItsReason() throws IOException {
        IngestedInput table = read("""
                "1",NA,"England","January 2023",2023-01-01,"Audiology",17272,3805,508,24.97
                "2","ICB","Greater Manchester","January 2023",2023-01-01,"Speech And Language",5847,2108,518,44.91
                "3","ICB","GREATER MANCHESTER","October 2023",2023-10-01,"Speech And Language",6647,1610,492,31.62
                "4","Organisation","Bath, Swindon and Wiltshire","January 2023",2023-01-01,"Audiology",NA,NA,NA,NA
                "5","ICB","Greater Manchester","February 2023",2023-02-01,"Audiology",100,90,20,110
                "6","ICB","Greater Manchester","March 2023",2023-03-01,"Hydrotherapy",10,1,0,10
                "7",NA,"Somewhere","January 2023",2023-01-01,"Audiology",10,1,0,10
                "8","ICB","greater manchester","January 2023",2023-01-01,"speech and language",1,0,0,0
                "9","Provider","Stockport NHS Foundation Trust","June 2023",06/2023,"Audiology",12,x,0,1
                """);

        // 9 rows: 1-4 are good (4 has a comma inside its quoted name and NA counts); 5 has 90 + 20 = 110 over 18
        // weeks of 100 waiting; 6 an unknown therapy; 7 no type though not England; 8 repeats row 2 (same ICB in
        // other case, month and therapy); 9 a month that is not a date and a count that is not a number (2 entries)
        assertThat(table.rowsRead()).isEqualTo(9);
        assertThat(table.rowsAccepted()).isEqualTo(4);
        assertThat(table.rowsQuarantined()).isEqualTo(5);
        assertThat(table.quarantineEntries())
                .extracting(QuarantineEntry::line, QuarantineEntry::field, QuarantineEntry::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6L, "Waiting >18-52 weeks", "90"),
                        org.assertj.core.groups.Tuple.tuple(7L, "Therapy", "Hydrotherapy"),
                        org.assertj.core.groups.Tuple.tuple(8L, "Organisation Type", "NA"),
                        org.assertj.core.groups.Tuple.tuple(9L, "Organisation Name", "greater manchester"),
                        org.assertj.core.groups.Tuple.tuple(10L, "Waiting >18-52 weeks", "x"),
                        org.assertj.core.groups.Tuple.tuple(10L, "formattedDate", "06/2023"));
        assertThat(table.quarantineEntries().get(0).reason())
                .isEqualTo("more children waiting over 18 weeks (Waiting >18-52 weeks plus Waiting >52 weeks) than on"
                        + " the whole waiting list");
        assertThat(table.quarantineEntries().get(1).reason())
                .isEqualTo("expected one of Audiology, Community Paediatric Service, Occupational Therapy, Speech And"
                        + " Language, Physiotherapy");
        assertThat(table.quarantineEntries().get(2).reason())
                .isEqualTo("expected one of National, Region, ICB, Organisation, Provider (only England's rows may"
                        + " leave it NA)");
        assertThat(table.quarantineEntries().get(3).reason())
                .isEqualTo("the same organisation, month and therapy as line 3 (a second row would count the waits"
                        + " twice)");
        assertThat(table.quarantineEntries().get(5).reason())
                .isEqualTo("expected the month's first day as a date, yyyy-mm-dd or dd/mm/yyyy (e.g. 2023-10-01)");
    }

    @Test
    void keepsTheIcbAndEnglandWhateverTheirCaseAndTypeWithNotReportedAsNull() throws IOException {
        IngestedInput table = read("""
                "1",NA,"England","January 2023",2023-01-01,"Audiology",17272,3805,508,24.97
                "2","ICB","Greater Manchester","January 2023",2023-01-01,"Speech And Language",5847,2108,518,44.91
                "3","ICB","GREATER MANCHESTER","October 2023",2023-10-01,"Speech And Language",6647,1610,492,31.62
                "4","ICB","Cheshire and Merseyside","January 2023",2023-01-01,"Audiology",1,0,0,0
                "5","Organisation","England","February 2023",2023-02-01,"Occupational Therapy",22000,NA,NA,NA
                """);

        List<CommunityWait> waits = CommunityWaitingListTable.ofIcbAndEngland(table, "Greater Manchester");

        assertThat(waits)
                .containsExactly(
                        new CommunityWait(
                                AreaType.ENGLAND,
                                "England",
                                YearMonth.of(2023, 1),
                                Therapy.AUDIOLOGY,
                                17272,
                                3805,
                                508),
                        new CommunityWait(
                                AreaType.ICB,
                                "Greater Manchester",
                                YearMonth.of(2023, 1),
                                Therapy.SPEECH_AND_LANGUAGE,
                                5847,
                                2108,
                                518),
                        new CommunityWait(
                                AreaType.ICB,
                                "Greater Manchester",
                                YearMonth.of(2023, 10),
                                Therapy.SPEECH_AND_LANGUAGE,
                                6647,
                                1610,
                                492),
                        new CommunityWait(
                                AreaType.ENGLAND,
                                "England",
                                YearMonth.of(2023, 2),
                                Therapy.OCCUPATIONAL_THERAPY,
                                22000,
                                null,
                                null));
        // October: (1610 + 492) / 6647 = 31.62% waiting more than 18 weeks, as the file's own column says
        assertThat(waits.get(2).percentOver18Weeks()).isCloseTo(31.623, org.assertj.core.data.Offset.offset(0.001));
        assertThat(waits.get(3).percentOver18Weeks()).isNull();
        assertThat(CommunityWaitingListTable.inScope(table, "Greater Manchester", List.of())
                        .count())
                .isEqualTo(4);
    }

    @Test
    void anIcbTheFileDoesNotNameStopsTheRunNamingTheIcbsItHas() throws IOException {
        IngestedInput table = read("""
                "1","ICB","Greater Manchester","January 2023",2023-01-01,"Audiology",1912,524,99,32.58
                "2",NA,"England","January 2023",2023-01-01,"Audiology",17272,3805,508,24.97
                """);

        assertThatThrownBy(() -> CommunityWaitingListTable.ofIcbAndEngland(table, "Greater Manchster"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("has no rows for the ICB 'Greater Manchster' (the manifest's icb); expected an"
                        + " ICB the file names, e.g. [Greater Manchester]");
    }

    @Test
    void validateChecksAWaitingListFileOnItsOwn() throws IOException {
        Path file = Files.writeString(folder.resolve("waits.csv"), HEADER + """
                "1",NA,"England","January 2023",2023-01-01,"Audiology",17272,3805,508,24.97
                "2","ICB","Greater Manchester","February 2023",2023-02-01,"Audiology",100,90,20,110
                """);
        Path quarantine = folder.resolve("quarantine.csv");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        org.provisionlens.jobs.exit.ExitCode status = new org.provisionlens.jobs.validate.ValidateCommand(
                        spark, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), System.err)
                .run(new org.provisionlens.jobs.validate.ValidateCommand.Options(
                        null, CommunityWaitingListTable.FORMAT, file, null, null, quarantine));

        // 2 rows: England's is good; Greater Manchester's has 90 + 20 = 110 over 18 weeks of 100 waiting
        assertThat(status).isEqualTo(org.provisionlens.jobs.exit.ExitCode.DONE_WITH_QUARANTINE);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .containsPattern("waits.csv\\s+nhs-community-waiting-list-csv\\s+2\\s+1\\s+1");
        assertThat(Files.readAllLines(quarantine))
                .containsExactly(
                        "input_name,file,line,pointer,field,value,reason",
                        "waits.csv,waits.csv,3,,Waiting >18-52 weeks,90,more children waiting over 18 weeks (Waiting"
                                + " >18-52 weeks plus Waiting >52 weeks) than on the whole waiting list");
    }

    @Test
    void theDemoCutHasGreaterManchesterEnglandAndTheProviders() {
        IngestedInput table = CommunityWaitingListTable.ingest(
                spark, new InputSpec("waits", CommunityWaitingListTable.FORMAT, DEMO.toAbsolutePath()));

        // 10 months x 4 therapies for the ICB (40) and for England (40), and 236 rows of six provider trusts
        assertThat(table.rowsRead()).isEqualTo(316);
        assertThat(table.rowsQuarantined()).isZero();
        List<CommunityWait> waits = CommunityWaitingListTable.ofIcbAndEngland(table, "Greater Manchester");
        assertThat(waits).hasSize(80);
        CommunityWait octoberSalt = waits.stream()
                .filter(w -> w.areaType() == AreaType.ICB
                        && w.month().equals(YearMonth.of(2023, 10))
                        && w.therapy() == Therapy.SPEECH_AND_LANGUAGE)
                .findFirst()
                .orElseThrow();
        // the file's line "6744","ICB","GREATER MANCHESTER","October 2023",...,"Speech And Language",6647,1610,492
        assertThat(octoberSalt.waiting()).isEqualTo(6647);
        assertThat(octoberSalt.over18Weeks()).isEqualTo(2102);
    }
}
