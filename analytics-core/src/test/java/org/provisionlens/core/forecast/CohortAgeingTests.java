package org.provisionlens.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CohortAgeingTests {

    // England: 2024 ages 2, 3, 4: 100, 200, 300; 2025: 110, 150, 240
    static final Map<Integer, Map<Integer, Double>> NATIONAL = Map.of(
            2024, Map.of(2, 100.0, 3, 200.0, 4, 300.0),
            2025, Map.of(2, 110.0, 3, 150.0, 4, 240.0));

    @Test
    void ratiosFollowEachCohortToTheNextAge() {
        // age 2 in 2024 (100) is age 3 in 2025 (150): 1.5; age 3 (200) to age 4 (240): 1.2; age 4 has no age 5
        assertThat(CohortAgeing.ratios(NATIONAL)).containsExactlyInAnyOrderEntriesOf(Map.of(2, 1.5, 3, 1.2));
        // the same age year on year: 110 / 100, 150 / 200, 240 / 300
        assertThat(CohortAgeing.sameAgeGrowth(NATIONAL)).containsOnlyKeys(2, 3, 4);
        assertThat(CohortAgeing.sameAgeGrowth(NATIONAL).get(2)).isCloseTo(1.1, within(1e-12));
        assertThat(CohortAgeing.sameAgeGrowth(NATIONAL).get(4)).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void childrenAgedNineThisYearAreTenNextYear() {
        // the LA in 2025: ages 2, 3, 4: 10, 20, 30. 2026: age 2 = 10 x 1.1 = 11, age 3 = 10 x 1.5 = 15,
        // age 4 = 20 x 1.2 = 24 (2025's 30 at age 4 leave). 2027: 12.1, 11 x 1.5 = 16.5, 15 x 1.2 = 18
        var projection = CohortAgeing.project(
                Map.of(2, 10.0, 3, 20.0, 4, 30.0),
                2025,
                2,
                CohortAgeing.ratios(NATIONAL),
                CohortAgeing.sameAgeGrowth(NATIONAL));
        assertThat(projection.get(2026)).containsEntry(3, 15.0).containsEntry(4, 24.0);
        assertThat(projection.get(2026).get(2)).isCloseTo(11.0, within(1e-12));
        assertThat(projection.get(2027).get(2)).isCloseTo(12.1, within(1e-12));
        assertThat(projection.get(2027).get(3)).isCloseTo(16.5, within(1e-12));
        assertThat(projection.get(2027).get(4)).isCloseTo(18.0, within(1e-12));
    }

    @Test
    void anAgeWhoseCohortMoreThanDoublesGrowsAsThatAgeDidNationally() {
        // England: age 3 (10) becomes age 4 (50): x 5, more than double, so age 4 is an entry age; age 4 itself went
        // from 100 to 50: x 0.5. The LA: 2 at age 3, 40 at age 4. 2026: age 3 (youngest) 2 x 12 / 10 = 2.4; age 4:
        // 40 x 0.5 = 20, not 2 x 5 = 10
        Map<Integer, Map<Integer, Double>> national =
                Map.of(2024, Map.of(3, 10.0, 4, 100.0), 2025, Map.of(3, 12.0, 4, 50.0));
        var projection = CohortAgeing.project(
                Map.of(3, 2.0, 4, 40.0), 2025, 1, CohortAgeing.ratios(national), CohortAgeing.sameAgeGrowth(national));
        assertThat(projection.get(2026).get(3)).isCloseTo(2.4, within(1e-12));
        assertThat(projection.get(2026).get(4)).isCloseTo(20.0, within(1e-12));
    }
}
