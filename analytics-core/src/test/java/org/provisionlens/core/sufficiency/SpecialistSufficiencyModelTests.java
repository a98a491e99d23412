package org.provisionlens.core.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.core.provision.Establishments.school;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.ProvisionKind;

class SpecialistSufficiencyModelTests {

    private static SpecialistSufficiency rowFor(List<SpecialistSufficiency> rows, ProvisionKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void completeCapacityGivesAnExactGapAndOccupancy() {
        var settings = SpecialistSufficiencyModel.specialistSettings(List.of(
                school("1", "Special schools", 6019, 8, 12, null), school("2", "Special schools", 6010, 11, 40, null)));
        var rows = SpecialistSufficiencyModel.assess(settings, Map.of(ProvisionKind.INDEPENDENT_SPECIAL_SCHOOL, 59));
        SpecialistSufficiency independent = rowFor(rows, ProvisionKind.INDEPENDENT_SPECIAL_SCHOOL);
        // 12 + 40 = 52 places; 59 - 52 = 7 short; 59 / 52 = 113.46% -> 113.5
        assertThat(independent.capacity()).isEqualTo(new Capacity(2, 0, 52));
        assertThat(independent.capacity().status()).isEqualTo(CapacityStatus.COMPLETE);
        assertThat(independent.gap()).isEqualTo(7);
        assertThat(independent.occupancyPercent()).isEqualTo(113.5);
        assertThat(independent.isBound()).isFalse();
    }

    @Test
    void aSettingWithUnknownCapacityMakesTheFiguresBoundsNotZeros() {
        var settings = SpecialistSufficiencyModel.specialistSettings(List.of(
                school("1", "Special schools", 7001, 11, 120, null),
                school("2", "Special schools", 7009, 11, null, null)));
        var row = rowFor(
                SpecialistSufficiencyModel.assess(settings, Map.of(ProvisionKind.STATE_SPECIAL_SCHOOL, 100)),
                ProvisionKind.STATE_SPECIAL_SCHOOL);
        // 120 known places, one school unknown: 100 - 120 = -20 (at least 20 spare); 100 / 120 = 83.3% at most
        assertThat(row.capacity()).isEqualTo(new Capacity(2, 1, 120));
        assertThat(row.capacity().status()).isEqualTo(CapacityStatus.PARTIAL);
        assertThat(row.gap()).isEqualTo(-20);
        assertThat(row.occupancyPercent()).isEqualTo(83.3);
        assertThat(row.isBound()).isTrue();
    }

    @Test
    void unitsWhoseCapacityIsNotGivenHaveUnknownGapAndOccupancy() {
        var settings = SpecialistSufficiencyModel.specialistSettings(
                List.of(school("1", "Local authority maintained schools", 2025, 3, 590, "SEN unit")));
        var row = rowFor(
                SpecialistSufficiencyModel.assess(settings, Map.of(ProvisionKind.SEN_UNIT, 103)),
                ProvisionKind.SEN_UNIT);
        assertThat(row.capacity().status()).isEqualTo(CapacityStatus.UNKNOWN);
        assertThat(row.capacity().knownPlaces()).isZero();
        assertThat(row.gap()).isNull();
        assertThat(row.occupancyPercent()).isNull();
    }

    @Test
    void kindsWithNoSettingInTheAreaCountEveryPlanAsPlacedElsewhere() {
        var rows =
                SpecialistSufficiencyModel.assess(List.of(), Map.of(ProvisionKind.NON_MAINTAINED_SPECIAL_SCHOOL, 82));
        var row = rowFor(rows, ProvisionKind.NON_MAINTAINED_SPECIAL_SCHOOL);
        assertThat(row.capacity().status()).isEqualTo(CapacityStatus.NONE_IN_AREA);
        assertThat(row.gap()).isEqualTo(82);
        assertThat(row.occupancyPercent()).isNull();
        assertThat(rows).hasSize(ProvisionKind.values().length);
    }

    @Test
    void addingPlacesNeverWorsensTheGapAndMorePlansNeverImproveIt() {
        var base = SpecialistSufficiencyModel.row(ProvisionKind.STATE_SPECIAL_SCHOOL, new Capacity(3, 0, 300), 280);
        var morePlaces =
                SpecialistSufficiencyModel.row(ProvisionKind.STATE_SPECIAL_SCHOOL, new Capacity(3, 0, 310), 280);
        var morePlans =
                SpecialistSufficiencyModel.row(ProvisionKind.STATE_SPECIAL_SCHOOL, new Capacity(3, 0, 300), 290);
        assertThat(morePlaces.gap()).isLessThan(base.gap());
        assertThat(morePlans.gap()).isGreaterThan(base.gap());
        assertThat(morePlaces.occupancyPercent()).isLessThan(base.occupancyPercent());
    }

    @Test
    void suppressedPlanCountsLeaveTheGapUnknown() {
        var plans = new java.util.HashMap<ProvisionKind, Integer>();
        plans.put(ProvisionKind.SEN_UNIT, null);
        var settings = SpecialistSufficiencyModel.specialistSettings(
                List.of(school("1", "Special schools", 7001, 11, 120, null)));
        var row = rowFor(SpecialistSufficiencyModel.assess(settings, plans), ProvisionKind.SEN_UNIT);
        assertThat(row.plansPlaced()).isNull();
        assertThat(row.gap()).isNull();
    }
}
