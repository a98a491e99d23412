package org.provisionlens.core.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.core.provision.Establishments.school;

import org.junit.jupiter.api.Test;

class SettingClassifierTests {

    @Test
    void specialSchoolsListedAsSuchAreStateFunded() {
        assertThat(SettingClassifier.classify(school("106391", "Special schools", 7001, 11, 120, "Not applicable")))
                .containsExactly(ProvisionKind.STATE_SPECIAL_SCHOOL);
    }

    @Test
    void academiesInTheSpecialSchoolRangeAreSpecialSchoolsNotUnits() {
        // Manor Academy Sale: GIAS type "Academies", number 7008, flagged "SEN unit".
        assertThat(SettingClassifier.classify(school("142288", "Academies", 7008, 11, 200, "SEN unit")))
                .containsExactly(ProvisionKind.STATE_SPECIAL_SCHOOL);
    }

    @Test
    void independentSpecialSchoolsAreTheirOwnKind() {
        assertThat(SettingClassifier.classify(school("136239", "Special schools", 6019, 8, 12, "Not applicable")))
                .containsExactly(ProvisionKind.INDEPENDENT_SPECIAL_SCHOOL);
    }

    @Test
    void independentMainstreamSchoolsAreNotSpecialist() {
        assertThat(SettingClassifier.classify(school("106400", "Independent schools", 6000, 3, 375, "NA")))
                .isEmpty();
    }

    @Test
    void specialRangeCollegesAdmittingNoOneUnder16AreSpecialistPost16() {
        assertThat(SettingClassifier.classify(school("142914", "Other types", 7901, 19, 24, null)))
                .containsExactly(ProvisionKind.SPECIALIST_POST_16);
    }

    @Test
    void mainstreamSchoolsMayHoldAUnitResourcedProvisionOrBoth() {
        assertThat(SettingClassifier.classify(school(
                        "106308",
                        "Local authority maintained schools",
                        2033,
                        7,
                        370,
                        "Resourced provision and SEN unit")))
                .containsExactlyInAnyOrder(ProvisionKind.SEN_UNIT, ProvisionKind.RESOURCED_PROVISION);
        assertThat(SettingClassifier.classify(
                        school("106303", "Local authority maintained schools", 2025, 3, 590, "SEN unit")))
                .containsExactly(ProvisionKind.SEN_UNIT);
        assertThat(SettingClassifier.classify(
                        school("106285", "Local authority maintained schools", 2003, 3, 490, "Not applicable")))
                .isEmpty();
    }

    @Test
    void aMainstreamSchoolsCapacityIsNotItsUnitsPlaces() {
        Establishment firs = school("106303", "Local authority maintained schools", 2025, 3, 590, "SEN unit");
        assertThat(firs.placesFor(ProvisionKind.SEN_UNIT)).isNull();
        assertThat(school("142288", "Academies", 7008, 11, 200, "SEN unit")
                        .placesFor(ProvisionKind.STATE_SPECIAL_SCHOOL))
                .isEqualTo(200);
    }
}
