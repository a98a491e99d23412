package org.provisionlens.jobs.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.services.Funder;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceMerger;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

class FundingMatchTests {

    private static final InputSpec SPEC = new InputSpec("funding", ServiceFundingCsv.FORMAT, Path.of("funding.csv"));

    /** services:S1; services:S2 and oruk:S2 (so "S2" alone is ambiguous); services:S3 with gias:100001 merged in. */
    private static final List<ServiceMerger.Merged> SERVICES = List.of(
            merged("services:S1"), merged("services:S2"), merged("oruk:S2"), merged("services:S3", "gias:100001"));

    private static ServiceMerger.Merged merged(String id, String... others) {
        List<String> ids = new java.util.ArrayList<>(List.of(id));
        ids.addAll(List.of(others));
        return new ServiceMerger.Merged(ServiceBuilder.service(id, id).build(), ids);
    }

    private static FundingShare share(String id, Funder funder, String pct, long line) {
        return new FundingShare(id, funder, null, pct == null ? null : new BigDecimal(pct), null, null, line);
    }

    @Test
    void matchesIdsToPublishedServicesAndQuarantinesWhatNamesNoneOneTwiceOrOver100() {
        // ten rows read: lines 10 and 11 already quarantined by the field checks, eight accepted
        ReadResult<FundingShare> read = new ReadResult<>(
                SPEC,
                "sha",
                List.of(
                        share("S1", Funder.ICB, "60", 2),
                        share("S1", Funder.LA, "40", 3),
                        share("S2", Funder.LA, null, 4),
                        share("services:S2", Funder.ICB, "50", 5),
                        share("gias:100001", Funder.LA, "70", 6),
                        share("S3", Funder.ICB, "40", 7),
                        share("S9", Funder.LA, null, 8),
                        share("services:S1", Funder.ICB, null, 9)),
                List.of(
                        QuarantineEntry.atLine("funding", "funding.csv", 10, "funder", "x", "expected a funder"),
                        QuarantineEntry.atLine("funding", "funding.csv", 11, "funder", "y", "expected a funder")),
                10,
                2);

        ReadResult<FundingShare> matched = FundingMatch.against(read, SERVICES);

        // S1 60 + 40 = 100% stands; services:S2 50% stands; S3 (by its merged id gias:100001 and by S3) 70 + 40 = 110%
        assertThat(matched.accepted())
                .containsExactly(
                        share("services:S1", Funder.ICB, "60", 2),
                        share("services:S1", Funder.LA, "40", 3),
                        share("services:S2", Funder.ICB, "50", 5));
        // 2 quarantined before + lines 4, 6, 7, 8, 9 = 7; 10 read = 3 accepted + 7 quarantined
        assertThat(matched.rowsRead()).isEqualTo(10);
        assertThat(matched.rowsQuarantined()).isEqualTo(7);
        assertThat(matched.quarantine().stream()
                        .map(q -> q.line() + " " + q.field() + " [" + q.value() + "] " + q.reason())
                        .toList())
                .containsExactly(
                        "4 service_id [S2] more than one service has this id (oruk:S2, services:S2); write it with"
                                + " its input's name, e.g. oruk:S2",
                        "6 share_percent [70] the shares of service services:S3 add up to 110%; they can add up to"
                                + " at most 100%",
                        "7 share_percent [40] the shares of service services:S3 add up to 110%; they can add up to"
                                + " at most 100%",
                        "8 service_id [S9] no service in the run's listings has this id; expected a service_id of a"
                                + " service input, as S358-CAMHS or services:S358-CAMHS (input name, colon, id)",
                        "9 funder [ICB] service services:S1 already has a row for funder ICB (line 2); give each funder of a"
                                + " service one row",
                        "10 funder [x] expected a funder",
                        "11 funder [y] expected a funder");
    }
}
