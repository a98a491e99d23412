package org.provisionlens.core.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;

class CellMeasuresTests {

    private static CellMeasures referred(int referrals, double capacity) {
        return new CellMeasures(
                0, 0, referrals, capacity, capacity, 0, null, null, null, 0, null, 0, 0, Set.of(), Set.of());
    }

    @Test
    void oneReferralForOnePlaceSummedFromTenthsIsNotOverCapacity() {
        // ten shares of 0.1 of a place add up to 0.9999999999999999 in floating point, not 1
        CellMeasures sum = referred(1, 0);
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(referred(0, 0.1));
        }
        assertThat(sum.capacity()).isLessThan(1.0);
        assertThat(sum.tidy().capacity()).isEqualTo(1.0);
        CellKey key = new CellKey("E1", "LA", NeedCode.ASD, null, Domain.HEALTH, Tier.TARGETED);
        // untidy, the one referral "exceeds" the 0.9999999999999999 place
        assertThat(CellVerdicts.assess(key, sum, null, 2029, "LA", "caseload", VerdictThresholds.defaults())
                        .verdictCode())
                .isEqualTo(VerdictCode.INSUFFICIENT);
        Verdict verdict =
                CellVerdicts.assess(key, sum.tidy(), null, 2029, "LA", "caseload", VerdictThresholds.defaults());
        // 1 in use of 1: full (at risk), not "demand exceeds capacity by 0" (insufficient)
        assertThat(verdict.verdictCode()).isEqualTo(VerdictCode.AT_RISK);
    }
}
