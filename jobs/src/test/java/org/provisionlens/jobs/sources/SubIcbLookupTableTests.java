package org.provisionlens.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provisionlens.jobs.SharedData;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.manifest.InputSpec;

/** ONS's sub-ICB location to ICB to NHS region lookup: the real file, any year's columns, and every bad row's reason. */
class SubIcbLookupTableTests {

    /** The demo's copy of ONS's July 2022 lookup (jobs/demo-data/nhs), byte for byte that of shared/data. */
    static final Path DEMO = Path.of("demo-data/nhs/sub_icb_to_icb_lookup_2022.csv");

    private static final String HEADER = "\uFEFFSICBL22CD,SICBL22CDH,SICBL22NM,ICB22CD,ICB22CDH,ICB22NM,NHSER22CD,"
            + "NHSER22CDH,NHSER22NM,ObjectId\n";
    private static final String GM = "NHS Greater Manchester Integrated Care Board";

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

    private IngestedInput read(String text) throws IOException {
        Path file = Files.writeString(folder.resolve("lookup.csv"), text);
        return SubIcbLookupTable.read(spark, new InputSpec("nhsGeography", SubIcbLookupTable.FORMAT, file));
    }

    @Test
    void readsTheRealLookupWhole() throws IOException {
        IngestedInput table =
                SubIcbLookupTable.read(spark, new InputSpec("nhsGeography", SubIcbLookupTable.FORMAT, DEMO));
        List<SubIcbLocation> locations = SubIcbLookupTable.locations(table);

        // 107 lines: the header (after a byte-order mark) and 106 sub-ICB locations, none wrong; 10 names hold a
        // comma inside quotes ("NHS Leicester, Leicestershire and Rutland ICB - 03W", ...)
        assertThat(table.rowsRead()).isEqualTo(106);
        assertThat(table.rowsAccepted()).isEqualTo(106);
        assertThat(table.rowsQuarantined()).isZero();
        // 42 integrated care boards in 7 NHS England regions (the North West has 27 places in 3 ICBs)
        assertThat(locations.stream().map(SubIcbLocation::icbCode).distinct()).hasSize(42);
        assertThat(locations.stream().map(SubIcbLocation::regionCode).distinct())
                .hasSize(7);
        assertThat(locations.stream().filter(l -> l.regionName().equals("North West")))
                .hasSize(27);
        // NHS Greater Manchester's 10 places, in file order (the file's lines with E54000057)
        assertThat(locations.stream()
                        .filter(l -> l.icbCode().equals("E54000057"))
                        .map(SubIcbLocation::shortCode))
                .containsExactly("00T", "00V", "01D", "00Y", "01G", "01W", "02A", "02H", "14L", "01Y");
        // Trafford: line 56, "E38000187,02A,NHS Greater Manchester ICB - 02A,E54000057,QOP,...,E40000010,Y62,North
        // West,55"
        assertThat(locations.stream().filter(l -> l.isCalled("02A")))
                .containsExactly(new SubIcbLocation(
                        "E38000187",
                        "02A",
                        "NHS Greater Manchester ICB - 02A",
                        "E54000057",
                        "QOP",
                        GM,
                        "E40000010",
                        "North West"));
        assertThat(locations.get(16).name()).isEqualTo("NHS Leicester, Leicestershire and Rutland ICB - 03W");
    }

    @Test
    void theDemoCopyIsTheSharedFileByteForByte() throws IOException {
        Path shared = SharedData.file("send-ap-dashboard/sub_icb_to_icb_lookup_2022.csv");

        assertThat(Files.mismatch(DEMO, shared)).isEqualTo(-1L);
    }

    @Test
    void quarantinesEachBadRowWithItsReason() throws IOException {
        String gm = "E54000057,QOP," + GM + ",E40000010,Y62,North West,";
        IngestedInput table = read(HEADER
                + "E38000187,02A,NHS Greater Manchester ICB - 02A," + gm + "55\n"
                + "E38000051,03W,\"NHS Leicester, Leicestershire and Rutland ICB - 03W\",E54000015,QK1,"
                + "\"NHS Leicester, Leicestershire and Rutland Integrated Care Board\",E40000011,Y60,Midlands,17\n"
                + "E3800016,00T,NHS Greater Manchester ICB - 00T," + gm + "6\n"
                + "E38000999,02A,NHS Greater Manchester ICB - 02A," + gm + "99\n"
                + "E38000024,00V,NHS Greater Manchester ICB - 00V,E54000057,QOP,NHS Gtr Manchester ICB,E40000010,Y62,"
                + "North West,8\n"
                + "E38000080,01D,NHS Greater Manchester ICB - 01D,E54000057,QOP," + GM + ",E40000011,Y60,Midlands,23\n"
                + "E38000135,00Y,," + gm + "37\n"
                + "\n"
                + "E38000143,01G,NHS Greater Manchester ICB - 01G," + gm + "41\n");

        // 9 rows (lines 2-10): lines 2, 3 (a comma inside quotes) and 10 are good; 4 has a code of 5 digits; 5
        // repeats 02A of line 2; 6 names Greater Manchester's ICB otherwise than line 2; 7 puts it in the Midlands; 8
        // has no name; 9 is blank (and so lacks each of the 8 required fields)
        assertThat(table.rowsRead()).isEqualTo(9);
        assertThat(table.rowsAccepted()).isEqualTo(3);
        assertThat(table.rowsQuarantined()).isEqualTo(6);
        assertThat(table.quarantineEntries())
                .extracting(
                        QuarantineEntry::line, QuarantineEntry::field, QuarantineEntry::value, QuarantineEntry::reason)
                .containsExactly(
                        tuple(
                                4L,
                                "SICBL22CD",
                                "E3800016",
                                "expected a sub-ICB location's ONS code: E38 and six digits"),
                        tuple(5L, "SICBL22CDH", "02A", "duplicate SICBL22CDH (first on line 2)"),
                        tuple(
                                6L,
                                "ICB22NM",
                                "NHS Gtr Manchester ICB",
                                "the ICB E54000057 has ICB22NM '" + GM + "' on line 2; one ICB has one name and one"
                                        + " region"),
                        tuple(
                                7L,
                                "NHSER22CD",
                                "E40000011",
                                "the ICB E54000057 has NHSER22CD 'E40000010' on line 2; one ICB has one name and one"
                                        + " region"),
                        tuple(8L, "SICBL22NM", null, "a value is required"),
                        tuple(9L, "(line)", "", "blank line"),
                        tuple(9L, "ICB22CD", null, "a value is required"),
                        tuple(9L, "ICB22CDH", null, "a value is required"),
                        tuple(9L, "ICB22NM", null, "a value is required"),
                        tuple(9L, "NHSER22CD", null, "a value is required"),
                        tuple(9L, "NHSER22NM", null, "a value is required"),
                        tuple(9L, "SICBL22CD", null, "a value is required"),
                        tuple(9L, "SICBL22CDH", null, "a value is required"),
                        tuple(9L, "SICBL22NM", null, "a value is required"));
        assertThat(SubIcbLookupTable.locations(table))
                .extracting(SubIcbLocation::shortCode, SubIcbLocation::name)
                .containsExactly(
                        tuple("02A", "NHS Greater Manchester ICB - 02A"),
                        tuple("03W", "NHS Leicester, Leicestershire and Rutland ICB - 03W"),
                        tuple("01G", "NHS Greater Manchester ICB - 01G"));
    }

    @Test
    void readsAnotherYearsColumnsTheSameWay() throws IOException {
        IngestedInput table = read("SICBL23CD,SICBL23CDH,SICBL23NM,ICB23CD,ICB23CDH,ICB23NM,NHSER23CD,NHSER23NM\n"
                + "E38000187,02A,NHS Greater Manchester ICB - 02A,E54000057,QOP," + GM + ",E40000010,North West\n");

        assertThat(SubIcbLookupTable.locations(table))
                .containsExactly(new SubIcbLocation(
                        "E38000187",
                        "02A",
                        "NHS Greater Manchester ICB - 02A",
                        "E54000057",
                        "QOP",
                        GM,
                        "E40000010",
                        "North West"));
    }

    @Test
    void aMissingColumnStopsTheReadNamingIt() throws IOException {
        assertThatThrownBy(() -> read("SICBL22CD,SICBL22CDH,SICBL22NM,ICB22CD,ICB22CDH,ICB22NM,NHSER22CD\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("is missing the column(s) [NHSER22NM]");
    }
}
