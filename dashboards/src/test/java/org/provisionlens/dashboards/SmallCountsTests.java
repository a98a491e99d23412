package org.provisionlens.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallCountsTests {

    @Test
    void countsOfOneToFourAreFewerThanFive() {
        assertThat(SmallCounts.count(null)).isEqualTo("Not recorded");
        assertThat(SmallCounts.count(0)).isEqualTo("0");
        assertThat(SmallCounts.count(4)).isEqualTo("fewer than 5");
        assertThat(SmallCounts.count(5)).isEqualTo("5");
        assertThat(SmallCounts.count(1234)).isEqualTo("1,234");
    }

    @Test
    void smallCountsOfPeopleInAReasonAreFewerThanFiveAndOtherNumbersStay() {
        assertThat(SmallCounts.inText("ASD, 5-10, health, Sale: 1 child with plans, 4 places; 2 referrals to caseload"
                        + " services; every hour in use and 3 children waiting; demand exceeds capacity by 2"))
                .isEqualTo("ASD, 5-10, health, Sale: fewer than 5 children with plans, 4 places; fewer than 5 referrals"
                        + " to caseload services; every hour in use and fewer than 5 children waiting; demand exceeds"
                        + " capacity by fewer than 5");
        // 14 children, the band 11-15, "by 2027" and "by 4" are not small counts of people: nothing is suppressed,
        // so the gap between 45 and 41 stays (both sides are shown)
        assertThat(SmallCounts.inText("14 children, 11-15 young people; 45 referrals, 41 caseload; forecast demand 5"
                        + " by 2027; demand exceeds capacity by 4"))
                .isEqualTo("14 children, 11-15 young people; 45 referrals, 41 caseload; forecast demand 5 by 2027;"
                        + " demand exceeds capacity by 4");
        // 4 referrals against 3.4: "by 0.6" would give the 4 away
        assertThat(SmallCounts.inText("4 referrals (in use plus waiting), 3.4 caseload; EHC plans forecast +41% by"
                        + " 2028; demand exceeds capacity by 0.6"))
                .isEqualTo("fewer than 5 referrals (in use plus waiting), 3.4 caseload; EHC plans forecast +41% by"
                        + " 2028; demand exceeds capacity by fewer than 5");
    }

    @Test
    void smallCountsOfThemAndOfCostsArePeopleToo() {
        // "12 of them" stays (12 is not small); "2 of them" and "cost per place for 3" are counts of children
        assertThat(SmallCounts.inText(
                        "30 places, 12 of them outside Trafford; 2 of them independent; cost per place" + " for 3"))
                .isEqualTo("30 places, 12 of them outside Trafford; fewer than 5 of them independent; cost per place"
                        + " for fewer than 5");
    }
}
