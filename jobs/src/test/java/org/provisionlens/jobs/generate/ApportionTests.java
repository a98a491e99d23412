package org.provisionlens.jobs.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ApportionTests {

    @Test
    void largestRemainderGivesTheLeftoverToTheLargestFractionsThenTheEarlierIndex() {
        // 10 / 3 = 3.33 each: floors 3, 3, 3 and the one left over to the first
        assertThat(Apportion.largestRemainder(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
        // 7 x (0.5, 0.3, 0.2) = 3.5, 2.1, 1.4: floors 3, 2, 1, and the one left over to the .5
        assertThat(Apportion.largestRemainder(7, new double[] {5, 3, 2})).containsExactly(4, 2, 1);
        // no weights: evenly
        assertThat(Apportion.largestRemainder(5, new double[] {0, 0})).containsExactly(3, 2);
    }

    @Test
    void fitMeetsBothMarginsExactly() {
        // seed even; rows 3 and 1, columns 2 and 2: fitted 1.5 1.5 / .5 .5; floors 1 1 / 0 0; the halves go to
        // (0,0) then (1,1), the only cells whose row and column still lack one
        int[][] table = Apportion.fit(new double[][] {{1, 1}, {1, 1}}, new int[] {3, 1}, new int[] {2, 2});
        assertThat(table[0]).containsExactly(2, 1);
        assertThat(table[1]).containsExactly(0, 1);
    }

    @Test
    void fitKeepsZeroSeedCellsEmptyWhenTheMarginsAllowIt() {
        int[][] table = Apportion.fit(new double[][] {{4, 0}, {1, 5}}, new int[] {4, 6}, new int[] {5, 5});
        assertThat(table[0]).containsExactly(4, 0);
        assertThat(table[1]).containsExactly(1, 5);
        assertThat(Arrays.stream(table).mapToInt(row -> row[0] + row[1]).sum()).isEqualTo(10);
    }

    @Test
    void suppressedNeedsShareTheRemainderInEnglandsProportions() {
        Integer[] byNeed = new Integer[PublishedPlans.NEEDS.size()];
        Arrays.fill(byNeed, 0);
        byNeed[0] = 60; // ASD
        byNeed[1] = null; // HI suppressed
        byNeed[2] = null; // MLD suppressed
        double[] england = new double[byNeed.length];
        england[1] = 1;
        england[2] = 3;
        int[] needs = PlanMix.needTotals(new PublishedPlans.Cells("All EHC plans", 100, byNeed), england);
        // 100 - 60 = 40 left, shared 1:3 between HI and MLD
        assertThat(needs[0]).isEqualTo(60);
        assertThat(needs[1]).isEqualTo(10);
        assertThat(needs[2]).isEqualTo(30);
        assertThat(Arrays.stream(needs).sum()).isEqualTo(100);
    }

    @Test
    void brokenRowsAreEvenlySpacedAndTakeTheKindsInTurn() {
        // share 0.25 at offset 0 (phase 0): rows 3, 7, 11 of 12 are broken, kinds 0, 1, 2
        BrokenSchedule schedule = new BrokenSchedule(0.25, 4, 0);
        int[] kinds = new int[12];
        for (int i = 0; i < 12; i++) {
            kinds[i] = schedule.kindFor(i);
        }
        assertThat(kinds).containsExactly(-1, -1, -1, 0, -1, -1, -1, 1, -1, -1, -1, 2);
    }
}
