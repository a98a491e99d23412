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
        // 14 children, the band 11-15, "by 2027" and "by 25" are not small counts of people
        assertThat(SmallCounts.inText("14 children, 11-15 young people; forecast demand 5 by 2027; exceeds by 25"))
                .isEqualTo("14 children, 11-15 young people; forecast demand 5 by 2027; exceeds by 25");
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
