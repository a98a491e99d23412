package org.provisionlens.core.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.Tier;

class PlacementTests {

    private static Service service(String id, String name, Domain domain, Tier tier, CapacityUnit unit) {
        return ServiceBuilder.service(id, name)
                .domain(domain)
                .tier(tier)
                .capacity(unit == null ? null : 10)
                .capacityUnit(unit)
                .urn(id.equals("schools:106391") ? "106391" : null)
                .build();
    }

    private static final Placement.Classifier CLASSIFIER = new Placement.Classifier(List.of(
            service(
                    "services:S358-SS-COMM",
                    "Communication School",
                    Domain.EDUCATION,
                    Tier.SPECIALIST,
                    CapacityUnit.PLACES),
            service("schools:106391", "Brentwood School", Domain.EDUCATION, Tier.SPECIALIST, CapacityUnit.PLACES),
            service("schools:106303:sen-unit", "Firs Primary (SEN unit)", Domain.EDUCATION, Tier.SPECIALIST, null),
            service(
                    "services:S358-SENSORY",
                    "Sensory Support",
                    Domain.EDUCATION,
                    Tier.SPECIALIST,
                    CapacityUnit.CASELOAD),
            service("schools:100001", "Sale Primary", Domain.EDUCATION, Tier.UNIVERSAL, CapacityUnit.PLACES),
            service("services:S358-SALT", "Speech Therapy", Domain.HEALTH, Tier.SPECIALIST, CapacityUnit.CASELOAD)));

    @Test
    void aNamedServiceIsReadByItsDomainTierAndUnit() {
        // by the id in its source, the platform's id, the URN and the name
        assertThat(CLASSIFIER.of("S358-SS-COMM"))
                .isEqualTo(new Placement(SettingKind.SPECIALIST_SETTING, "services:S358-SS-COMM"));
        assertThat(CLASSIFIER.of("schools:106391").kind()).isEqualTo(SettingKind.SPECIALIST_SETTING);
        assertThat(CLASSIFIER.of("106391").serviceId()).isEqualTo("schools:106391");
        // a unit whose places are unknown is still a specialist setting
        assertThat(CLASSIFIER.of("firs primary (sen unit)").kind()).isEqualTo(SettingKind.SPECIALIST_SETTING);
        // a caseload service is not a setting: the record is a referral to it
        assertThat(CLASSIFIER.of("S358-SENSORY").kind()).isEqualTo(SettingKind.SERVICE);
        assertThat(CLASSIFIER.of("Sale Primary").kind()).isEqualTo(SettingKind.MAINSTREAM);
        assertThat(CLASSIFIER.of("S358-SALT")).isEqualTo(new Placement(SettingKind.SERVICE, "services:S358-SALT"));
    }

    @Test
    void independentAndNonMaintainedSpecialSchoolsAreOutsideTheLasOwnProvision() {
        Service fairfield = ServiceBuilder.from(service(
                        "schools:131796", "Fairfield House", Domain.EDUCATION, Tier.SPECIALIST, CapacityUnit.PLACES))
                .categories(List.of("Other independent special school"))
                .inArea(true)
                .build();
        Service independentMainstream = ServiceBuilder.from(
                        service("schools:1", "A Prep School", Domain.EDUCATION, Tier.UNIVERSAL, CapacityUnit.PLACES))
                .categories(List.of("Other independent school"))
                .inArea(true)
                .build();
        assertThat(PlacementCosts.outsideOwnProvision(fairfield)).isTrue();
        assertThat(PlacementCosts.kind(fairfield)).isEqualTo(ProvisionKind.INDEPENDENT_SPECIAL_SCHOOL);
        assertThat(PlacementCosts.outsideOwnProvision(independentMainstream)).isFalse();
    }

    @Test
    void otherTextIsReadAsTheKindOfSettingItNames() {
        assertThat(CLASSIFIER.of("specialist post-16 institution").kind()).isEqualTo(SettingKind.SPECIALIST_SETTING);
        assertThat(CLASSIFIER.of("Alternative provision").kind()).isEqualTo(SettingKind.SPECIALIST_SETTING);
        assertThat(CLASSIFIER.of("mainstream").kind()).isEqualTo(SettingKind.MAINSTREAM);
        assertThat(CLASSIFIER.of("FE college").kind()).isEqualTo(SettingKind.MAINSTREAM);
        assertThat(CLASSIFIER.of("not in education or training").kind()).isEqualTo(SettingKind.NOT_PLACED);
        assertThat(CLASSIFIER.of("elective home education").kind()).isEqualTo(SettingKind.NOT_PLACED);
        assertThat(CLASSIFIER.of(null)).isEqualTo(new Placement(SettingKind.NOT_PLACED, null));
    }
}
