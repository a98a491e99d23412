package org.provisionlens.core.placeplanning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.ProvisionKind;

class YearGroupTests {

    @Test
    void theYearGroupIsTheAgeAtTheCensusMinusFour() {
        assertThat(YearGroup.ofAge(4)).contains(new YearGroup(0));
        assertThat(YearGroup.ofAge(4).orElseThrow().label()).isEqualTo("Reception");
        assertThat(YearGroup.ofAge(5).orElseThrow().label()).isEqualTo("Year 1");
        assertThat(YearGroup.ofAge(18).orElseThrow().shortLabel()).isEqualTo("Y14");
        assertThat(YearGroup.ofAge(3)).isEmpty();
        assertThat(YearGroup.ofAge(19)).isEmpty();
        assertThat(YearGroup.all()).hasSize(15);
    }

    @Test
    void independentNonMaintainedAndSpecialistPost16CountAsSpecialSchools() {
        assertThat(ScapType.of(ProvisionKind.INDEPENDENT_SPECIAL_SCHOOL)).isEqualTo(ScapType.SPECIAL_SCHOOL);
        assertThat(ScapType.of(ProvisionKind.NON_MAINTAINED_SPECIAL_SCHOOL)).isEqualTo(ScapType.SPECIAL_SCHOOL);
        assertThat(ScapType.of(ProvisionKind.SPECIALIST_POST_16)).isEqualTo(ScapType.SPECIAL_SCHOOL);
        assertThat(ScapType.of(ProvisionKind.SEN_UNIT)).isEqualTo(ScapType.SEN_UNIT_OR_RESOURCED_PROVISION);
        assertThat(ScapType.of(ProvisionKind.RESOURCED_PROVISION)).isEqualTo(ScapType.SEN_UNIT_OR_RESOURCED_PROVISION);
    }
}
