package org.provisionlens.core.reorganisation.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.factor;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.impact;
import static org.provisionlens.core.reorganisation.evidence.EvidenceFixtures.pack;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.reorganisation.Impact.LocalityRange;
import org.provisionlens.core.reorganisation.Impact.Quality;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Factor;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;

class ProvisionFindingsTests {

    private static Factor range(LocalityRange sale) {
        EvidenceFixtures.Builder impact = impact();
        impact.range.set(0, sale);
        return factor(pack(impact.build()), ProvisionRules.RANGE);
    }

    private static Factor quality(Quality before, Quality after) {
        EvidenceFixtures.Builder impact = impact();
        impact.qualityBefore = before;
        impact.qualityAfter = after;
        return factor(pack(impact.build()), ProvisionRules.QUALITY);
    }

    @Test
    void rangeWorsensWhenALocalityLosesANeedAndAgeBandEvenIfItGainsAnother() {
        Factor factor = range(new LocalityRange(
                "E02000001", "Sale", Set.of("ASD 11-15", "ASD 16-19"), Set.of("ASD 11-15", "SEMH 5-10")));

        assertThat(factor.finding()).isEqualTo(Finding.WORSENS);
        assertThat(factor.reason()).isEqualTo("Sale loses ASD 16-19; Sale gains SEMH 5-10.");
    }

    @Test
    void rangeImprovesWhenALocalityGainsAndNoneLoses() {
        Factor factor =
                range(new LocalityRange("E02000001", "Sale", Set.of("ASD 11-15"), Set.of("ASD 11-15", "ASD 5-10")));

        assertThat(factor.finding()).isEqualTo(Finding.IMPROVES);
        assertThat(factor.reason()).isEqualTo("Sale gains ASD 5-10, and no locality loses any.");
    }

    @Test
    void rangeHasNoChangeWhenEveryLocalityKeepsWhatItServed() {
        Factor factor = range(new LocalityRange("E02000001", "Sale", Set.of("ASD 11-15"), Set.of("ASD 11-15")));

        assertThat(factor.finding()).isEqualTo(Finding.NO_CHANGE);
        assertThat(factor.reason())
                .isEqualTo("Each of the 2 localities keeps the need types and age bands it has served.");
    }

    @Test
    void qualityWorsensWhenTheShareRatedGoodOrOutstandingFalls() {
        // 80 / 100 = 80%; 70 / 90 = 77.8%
        Factor factor = quality(new Quality(80, 100, 0), new Quality(70, 90, 0));

        assertThat(factor.finding()).isEqualTo(Finding.WORSENS);
        assertThat(factor.reason())
                .isEqualTo("Places rated good or outstanding go from 80% (80 of 100) to 77.8% (70 of 90).");
    }

    @Test
    void qualityImprovesWhenTheShareRisesWithNoNewUnratedPlaces() {
        // closing 30 places rated below good: 70 / 100 = 70% to 70 / 70 = 100%
        Factor factor = quality(new Quality(70, 100, 0), new Quality(70, 70, 0));

        assertThat(factor.finding()).isEqualTo(Finding.IMPROVES);
    }

    @Test
    void aNewUnratedServiceIsNotEnoughEvidenceNotAnImprovement() {
        // the same 80% of rated places, and 12 new places not yet inspected
        Factor factor = quality(new Quality(80, 100, 0), new Quality(80, 100, 12));

        assertThat(factor.finding()).isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
        assertThat(factor.reason())
                .isEqualTo("Places rated good or outstanding go from 80% (80 of 100) to 80% (80 of 100), and 12"
                        + " more places have no rating yet (a new service is not yet inspected).");
    }

    @Test
    void qualityHasNoChangeWhenTheShareStaysAndNotEnoughEvidenceWithoutRatedPlaces() {
        assertThat(quality(new Quality(80, 100, 3), new Quality(80, 100, 3)).finding())
                .isEqualTo(Finding.NO_CHANGE);
        assertThat(quality(new Quality(0, 0, 20), new Quality(0, 0, 20)).finding())
                .isEqualTo(Finding.NOT_ENOUGH_EVIDENCE);
    }
}
