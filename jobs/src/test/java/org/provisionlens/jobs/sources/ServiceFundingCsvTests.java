package org.provisionlens.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.services.Funder;
import org.provisionlens.jobs.SparkTestSession;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

class ServiceFundingCsvTests {

    private static final Path WITH_PROBLEMS =
            Path.of("src/test/resources/fixtures/sources/service-funding-with-problems.csv");

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void quarantinesEachWrongFieldWithLineValueAndReason() {
        ReadResult<FundingShare> result =
                ServiceFundingCsv.read(spark, new InputSpec("funding", ServiceFundingCsv.FORMAT, WITH_PROBLEMS));

        // lines 2-10: lines 2, 3 and 10 are right; lines 4-9 have one wrong field each
        assertThat(result.rowsRead()).isEqualTo(9);
        assertThat(result.rowsAccepted()).isEqualTo(3);
        assertThat(result.rowsQuarantined()).isEqualTo(6);
        String share = "expected a share of the cost in per cent, more than 0 and at most 100 with up to 2 decimals"
                + " (e.g. 60, 33.33 or 50%), or NA for not known";
        assertThat(result.quarantine().stream()
                        .map(q -> q.file() + " " + q.line() + " " + q.field() + " [" + q.value() + "] " + q.reason())
                        .toList())
                .containsExactly(
                        "service-funding-with-problems.csv 4 service_id [null] a value is required",
                        "service-funding-with-problems.csv 5 funder [council tax] expected a funder: LA, ICB (or"
                                + " CCG), joint, school or other",
                        "service-funding-with-problems.csv 6 share_percent [0] " + share,
                        "service-funding-with-problems.csv 7 share_percent [100.5] " + share,
                        "service-funding-with-problems.csv 8 share_percent [33.333] " + share,
                        "service-funding-with-problems.csv 9 annual_amount [-5] expected an amount in pounds of 0 or"
                                + " more, e.g. 1250, 1,250.50 or £1,250.50, or NA");
    }

    @Test
    void readsSharesAndAmountsAndLeavesWhatIsNotGivenUnknown() {
        ReadResult<FundingShare> result =
                ServiceFundingCsv.read(spark, new InputSpec("funding", ServiceFundingCsv.FORMAT, WITH_PROBLEMS));

        // line 3: "40%" is 40 per cent and "£400,000.50" is 400000.50 pounds; line 10: CCG reads as ICB, NA is null
        assertThat(result.accepted())
                .containsExactly(
                        new FundingShare(
                                "S1",
                                Funder.ICB,
                                "NHS Greater Manchester ICB",
                                new BigDecimal("60"),
                                new BigDecimal("600000"),
                                "Section 75 agreement",
                                2),
                        new FundingShare(
                                "S1",
                                Funder.LA,
                                "Trafford Council",
                                new BigDecimal("40"),
                                new BigDecimal("400000.50"),
                                null,
                                3),
                        new FundingShare("S2", Funder.ICB, null, null, null, null, 10));
    }
}
