package org.provisionlens.core.placeplanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.provisionlens.core.placeplanning.ScapType.ALTERNATIVE_PROVISION;
import static org.provisionlens.core.placeplanning.ScapType.SEN_UNIT_OR_RESOURCED_PROVISION;
import static org.provisionlens.core.placeplanning.ScapType.SPECIAL_SCHOOL;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.sufficiency.AgeBand;

class PlaceForecastTests {

    private static final YearGroup R = new YearGroup(0);
    private static final YearGroup Y1 = new YearGroup(1);
    private static final YearGroup Y2 = new YearGroup(2);
    private static final YearGroup Y3 = new YearGroup(3);

    /**
     * January 2025: 10 plans at age 4 (Reception), 20 at 5 (Y1), 40 at 6 (Y2). Special school: R 5 (share 0.5), Y1 4
     * (0.2), Y2 10 (0.25); units and resourced provision: Y1 2 (0.1); alternative provision: Y2 4 (0.1).
     */
    private static final Census CENSUS = new Census(
            2025,
            Map.of(4, 10, 5, 20, 6, 40),
            Map.of(
                    SPECIAL_SCHOOL, Map.of(R, 5, Y1, 4, Y2, 10),
                    SEN_UNIT_OR_RESOURCED_PROVISION, Map.of(Y1, 2),
                    ALTERNATIVE_PROVISION, Map.of(Y2, 4)));

    /** Band 0-4 grows 1.2 (80%: 1.0-1.5) by 2026 and 1.5 (1.2-1.8) by 2027; band 5-10 1.4 (1.1-1.6) by 2026, 2027 not forecast. */
    private static final List<BandGrowth> GROWTH = List.of(
            new BandGrowth(AgeBand.AGE_0_4, 2026, 1.2, 1.0, 1.5),
            new BandGrowth(AgeBand.AGE_0_4, 2027, 1.5, 1.2, 1.8),
            new BandGrowth(AgeBand.AGE_5_10, 2026, 1.4, 1.1, 1.6));

    private static PlaceForecast.Cell cell(PlaceForecast.Projection projection, int year, ScapType type, YearGroup g) {
        return projection.cells().stream()
                .filter(c -> c.year() == year && c.type() == type && c.group().equals(g))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCensusYearIsTheCensusItself() {
        var projection = PlaceForecast.project(CENSUS, GROWTH, 2);
        // 3 years (2025, 2026, 2027) x 3 types x 15 year groups
        assertThat(projection.cells()).hasSize(135);
        assertThat(cell(projection, 2025, SPECIAL_SCHOOL, Y2).pupils()).isEqualTo(10);
        // 5 + 4 + 10 = 19
        assertThat(projection.pupils(2025, SPECIAL_SCHOOL)).isEqualTo(19);
    }

    @Test
    void cohortsAgeAndEachBandFollowsItsForecast() {
        var projection = PlaceForecast.project(CENSUS, GROWTH, 2);
        // 2026: the intake band 0-4 keeps its census ages, times 1.2: age 4 = 10 x 1.2 = 12; R = 12 x 0.5 = 6.
        assertThat(cell(projection, 2026, SPECIAL_SCHOOL, R).pupils()).isCloseTo(6, within(1e-9));
        // Band 5-10 after ageing: age 5 = 10 (last year's 4), 6 = 20, 7 = 40: 70; its forecast is the census band,
        // 20 + 40 = 60, x 1.4 = 84; factor 84 / 70 = 1.2: ages 5, 6, 7 = 12, 24, 48.
        // Y1 = 12 x 0.2 = 2.4; Y2 = 24 x 0.25 = 6; Y3 had no plans at the census, so no share: 0.
        assertThat(cell(projection, 2026, SPECIAL_SCHOOL, Y1).pupils()).isCloseTo(2.4, within(1e-9));
        assertThat(cell(projection, 2026, SPECIAL_SCHOOL, Y2).pupils()).isCloseTo(6, within(1e-9));
        assertThat(cell(projection, 2026, SPECIAL_SCHOOL, Y3).pupils()).isZero();
        // units Y1 = 12 x 0.1 = 1.2; alternative provision Y2 = 24 x 0.1 = 2.4
        assertThat(cell(projection, 2026, SEN_UNIT_OR_RESOURCED_PROVISION, Y1).pupils())
                .isCloseTo(1.2, within(1e-9));
        assertThat(cell(projection, 2026, ALTERNATIVE_PROVISION, Y2).pupils()).isCloseTo(2.4, within(1e-9));
        // special school 2026: 6 + 2.4 + 6 = 14.4
        assertThat(projection.pupils(2026, SPECIAL_SCHOOL)).isCloseTo(14.4, within(1e-9));
    }

    @Test
    void aBandWithoutAForecastYearOnlyAges() {
        var projection = PlaceForecast.project(CENSUS, GROWTH, 2);
        // 2027: age 4 = 10 x 1.5 = 15, R = 7.5. Band 5-10 has no 2027 forecast: ages 5, 6, 7, 8 = 2026's ages 4, 5, 6,
        // 7 = 12, 12, 24, 48, unscaled. Y1 = 12 x 0.2 = 2.4; Y2 = 12 x 0.25 = 3; total 7.5 + 2.4 + 3 = 12.9.
        assertThat(cell(projection, 2027, SPECIAL_SCHOOL, R).pupils()).isCloseTo(7.5, within(1e-9));
        assertThat(cell(projection, 2027, SPECIAL_SCHOOL, Y2).pupils()).isCloseTo(3, within(1e-9));
        assertThat(projection.pupils(2027, SPECIAL_SCHOOL)).isCloseTo(12.9, within(1e-9));
        // alternative provision Y2 = 12 x 0.1 = 1.2
        assertThat(cell(projection, 2027, ALTERNATIVE_PROVISION, Y2).pupils()).isCloseTo(1.2, within(1e-9));
    }

    @Test
    void theRangeRollsForwardEveryBandAtTheEndsOfItsInterval() {
        var projection = PlaceForecast.project(CENSUS, GROWTH, 2);
        var y1 = cell(projection, 2026, SPECIAL_SCHOOL, Y1);
        // low: band 5-10 = 60 x 1.1 = 66 over an aged 70: age 5 = 10 x 66 / 70 = 9.428571; x 0.2 = 1.885714
        assertThat(y1.low80()).isCloseTo(1.885714, within(1e-6));
        // high: 60 x 1.6 = 96: age 5 = 10 x 96 / 70 = 13.714286; x 0.2 = 2.742857
        assertThat(y1.high80()).isCloseTo(2.742857, within(1e-6));
        // 2027 low: R = 10 x 1.2 x 0.5 = 6; Y1 = age 4 in 2026 (low) = 10 x 1.0 = 10, ageing only: x 0.2 = 2
        assertThat(cell(projection, 2027, SPECIAL_SCHOOL, R).low80()).isCloseTo(6, within(1e-9));
        assertThat(cell(projection, 2027, SPECIAL_SCHOOL, Y1).low80()).isCloseTo(2, within(1e-9));
    }

    @Test
    void theOldestLeaveAndABandWithNoPlansStaysEmpty() {
        Census census = new Census(2025, Map.of(24, 3, 25, 5), Map.of());
        // growth for 11-15, which has no plans to share it over: it stays 0, never invented
        var plans = PlaceForecast.plansByYear(
                census, List.of(new BandGrowth(AgeBand.AGE_11_15, 2026, 2.0, 2.0, 2.0)), 1, BandGrowth::index);
        // the 5 at 25 leave; the 3 at 24 are 25; band 20-25 not forecast: 3 in all
        assertThat(plans.get(1)[25]).isEqualTo(3);
        assertThat(plans.get(1)[24]).isZero();
        assertThat(plans.get(1)[12]).isZero();
    }

    @Test
    void refusesMorePupilsInSpecialistProvisionThanPlans() {
        assertThatThrownBy(() -> new Census(
                        2025, Map.of(4, 3), Map.of(SPECIAL_SCHOOL, Map.of(R, 2), ALTERNATIVE_PROVISION, Map.of(R, 2))))
                .hasMessage("4 pupils in specialist provision in Reception but only 3 EHC plans at age 4");
    }
}
