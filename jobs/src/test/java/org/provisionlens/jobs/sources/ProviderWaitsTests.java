package org.provisionlens.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.core.demand.CommunityWait.AreaType;
import org.provisionlens.core.demand.Therapy;
import org.provisionlens.jobs.SharedData;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * NHS England's whole waiting-list file (shared/data/send-ap-dashboard/la_ch_time_series_derived.csv, 7,389 lines):
 * every row read is accepted or quarantined, and the rows of the provider trusts a manifest names are kept beside the
 * ICB's and England's, under the name the manifest gives, whatever the file's type and case for the month.
 */
class ProviderWaitsTests {

    private static final String MUFT = "Manchester University NHS Foundation Trust";

    private static SparkSession spark;
    private static IngestedInput full;

    @BeforeAll
    static void readTheWholeFile() {
        spark = SparkTestSession.start();
        full = CommunityWaitingListTable.ingest(
                spark,
                new InputSpec(
                        "waits",
                        CommunityWaitingListTable.FORMAT,
                        SharedData.file("send-ap-dashboard/la_ch_time_series_derived.csv")));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void everyRowOfTheWholeFileIsAcceptedOrQuarantined() {
        // 7,389 lines less the header: 7,388 rows (Organisation 2,752, Provider 2,652, ICB 1,680, Region 280, National
        // 20, NA 4), 4 therapies x 1,847; no row is wrong (NA counts are not reported, not wrong; no duplicates; no
        // row has more over 18 weeks than waiting): read 7,388 = accepted 7,388 + quarantined 0
        assertThat(full.rowsRead()).isEqualTo(7_388);
        assertThat(full.rowsAccepted()).isEqualTo(7_388);
        assertThat(full.rowsQuarantined()).isZero();
        assertThat(full.rowsRead()).isEqualTo(full.rowsAccepted() + full.rowsQuarantined());
    }

    @Test
    void keepsTheNamedProvidersRowsUnderTheManifestsName() {
        List<CommunityWait> waits = CommunityWaitingListTable.inScopeWaits(full, "Greater Manchester", List.of(MUFT));

        // 10 months x 4 therapies each for Greater Manchester ICB, England and Manchester University NHS FT: 120 rows,
        // of 7,388 (the other 7,268 are out of scope); the trust is "Organisation" January to May 2023, "Provider"
        // after, in capitals from August
        assertThat(waits).hasSize(120);
        assertThat(CommunityWaitingListTable.inScope(full, "Greater Manchester", List.of(MUFT))
                        .count())
                .isEqualTo(120);
        Map<String, Long> byArea = waits.stream()
                .collect(Collectors.groupingBy(w -> w.areaType() + " " + w.area(), Collectors.counting()));
        assertThat(byArea)
                .isEqualTo(Map.of("ICB Greater Manchester", 40L, "ENGLAND England", 40L, "PROVIDER " + MUFT, 40L));
        // line 481: "480","Organisation","Manchester University NHS Foundation Trust","January 2023",...,
        // "Speech And Language",1924,741,40 -> 741 + 40 = 781 over 18 weeks
        assertThat(salt(waits, YearMonth.of(2023, 1))).isEqualTo("1924 781");
        // line 7125: "7124","Provider","MANCHESTER UNIVERSITY NHS FOUNDATION TRUST","October 2023",...,
        // "Speech And Language",2055,927,4 -> 927 + 4 = 931 over 18 weeks (45.3%)
        assertThat(salt(waits, YearMonth.of(2023, 10))).isEqualTo("2055 931");
    }

    @Test
    void aProviderTheFileDoesNotNameStopsTheRunNamingTheLikelyOnes() {
        assertThatThrownBy(() -> CommunityWaitingListTable.inScopeWaits(
                        full, "Greater Manchester", List.of("Manchester Universty NHS Foundation Trust")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("has no rows for the provider 'Manchester Universty NHS Foundation Trust' (the"
                        + " manifest's nhsProviders); expected a provider trust the file names, e.g. [MANCHESTER"
                        + " UNIVERSITY NHS FOUNDATION TRUST, Manchester University NHS Foundation Trust]");
    }

    private static String salt(List<CommunityWait> waits, YearMonth month) {
        CommunityWait wait = waits.stream()
                .filter(w -> w.areaType() == AreaType.PROVIDER
                        && w.month().equals(month)
                        && w.therapy() == Therapy.SPEECH_AND_LANGUAGE)
                .findFirst()
                .orElseThrow();
        return wait.waiting() + " " + wait.over18Weeks();
    }
}
