package org.provisionlens.core.comments.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StanceCountsTests {

    @Test
    void saysMostPeopleWhenOneStanceIsAMajorityAndSuppressesSmallCounts() {
        assertThat(new StanceCounts(5, 12, 3).sentence())
                .isEqualTo("Most people (12 of 20) were unhappy with it; some were happy with it;"
                        + " some (fewer than 5) had mixed views.");
    }

    @Test
    void givesTheLargestShareWithoutMostWhenNoStanceIsAMajority() {
        assertThat(new StanceCounts(7, 8, 5).sentence())
                .isEqualTo("8 of 20 were unhappy with it; some (7) were happy with it; some (5) had mixed views.");
    }

    @Test
    void leavesOutStancesNobodyTook() {
        assertThat(new StanceCounts(6, 3, 0).sentence())
                .isEqualTo("Most people were happy with it; some (fewer than 5) were unhappy with it.");
    }

    @Test
    void aThemeOfFewerThanFiveSaysOnlyThat() {
        StanceCounts counts = new StanceCounts(0, 3, 1);
        assertThat(counts.suppressed()).isTrue();
        assertThat(counts.totalText()).isEqualTo("fewer than 5");
        assertThat(counts.negativeText()).isEqualTo("fewer than 5");
        assertThat(counts.chartValue(3)).isNull();
        assertThat(counts.sentence()).doesNotContain("3");
    }

    @Test
    void chartDrawsNothingForACountBelowFive() {
        StanceCounts counts = new StanceCounts(5, 12, 3);
        assertThat(counts.chartValue(12)).isEqualTo(12);
        assertThat(counts.chartValue(3)).isNull();
        assertThat(counts.mixedText()).isEqualTo("fewer than 5");
        // 5 happy would give away the 3 mixed (20 - 12 - 5): withheld, and not drawn
        assertThat(counts.positiveText()).isEqualTo("withheld");
        assertThat(counts.chartValue(0, 5)).isNull();
        assertThat(counts.chartValue(1, 12)).isEqualTo(12);
    }
}
