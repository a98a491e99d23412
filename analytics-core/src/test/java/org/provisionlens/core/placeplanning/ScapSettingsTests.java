package org.provisionlens.core.placeplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.Capacity;
import org.provisionlens.core.sufficiency.CapacityStatus;

class ScapSettingsTests {

    private static Service service(String id, String name, Integer places, CapacityUnit unit, Boolean inArea) {
        return ServiceBuilder.service(id, name)
                .domain(Domain.EDUCATION)
                .tier(Tier.SPECIALIST)
                .capacity(places)
                .capacityUnit(unit)
                .inArea(inArea)
                .build();
    }

    private static final List<Service> SERVICES = List.of(
            ServiceBuilder.from(service("schools:106167", "St John Vianney School", 160, CapacityUnit.PLACES, null))
                    .urn("106167")
                    .categories(List.of("Special schools", "State-funded special schools"))
                    .build(),
            // the demo's schools listing gives no kind of provision, only the type: a specialist school with its URN
            ServiceBuilder.from(service("schools:142289", "Pictor Academy", 121, CapacityUnit.PLACES, null))
                    .urn("142289")
                    .categories(List.of("Academies"))
                    .build(),
            ServiceBuilder.from(service("schools:149213", "Changing Lives", 40, CapacityUnit.PLACES, null))
                    .urn("149213")
                    .build(),
            service("schools:106308:sen-unit", "Moorlands Junior School (SEN unit)", null, null, true),
            service(
                    "services:S358-RP-COMM",
                    "Autism and communication resourced provision",
                    116,
                    CapacityUnit.PLACES,
                    true),
            service("services:S358-ISS", "Independent special school placements", 98, CapacityUnit.PLACES, false),
            service("services:S358-PRU", "Trafford Pupil Referral Unit", null, null, true),
            service("services:S358-SENSORY", "Sensory Support Service", 177, CapacityUnit.CASELOAD, true),
            ServiceBuilder.from(service(
                            "services:S358-SALT",
                            "Speech and language therapy school team",
                            5,
                            CapacityUnit.PLACES,
                            true))
                    .domain(Domain.HEALTH)
                    .build());

    @Test
    void countsPlacesOfEachTypeWithUnknownPlacesKeptUnknown() {
        List<ScapSettings.Places> places = ScapSettings.of(SERVICES).places();
        // special schools: St John Vianney 160 + Pictor Academy 121 + Changing Lives 40 = 321 in the area; the
        // independent placements, 98, outside it
        assertThat(places.get(0))
                .isEqualTo(new ScapSettings.Places(
                        ScapType.SPECIAL_SCHOOL, new Capacity(3, 0, 321), new Capacity(1, 0, 98)));
        // units: Moorlands' unit (places unknown) and the resourced provision, 116: at least 116
        assertThat(places.get(1).inArea()).isEqualTo(new Capacity(2, 1, 116));
        assertThat(places.get(1).inArea().status()).isEqualTo(CapacityStatus.PARTIAL);
        // the pupil referral unit gives no places: unknown, not 0
        assertThat(places.get(2).inArea()).isEqualTo(new Capacity(1, 1, 0));
        assertThat(places.get(2).inArea().status()).isEqualTo(CapacityStatus.UNKNOWN);
        // the sensory service counts a caseload, the therapy team is health: neither is a SCAP setting
        assertThat(ScapSettings.of(SERVICES).settings()).hasSize(7);
    }

    @Test
    void aChildsSettingIsAServiceByIdNameOrUrnOrAGenericTypeOfPlacement() {
        ScapSettings settings = ScapSettings.of(SERVICES);
        assertThat(settings.ofSetting("S358-RP-COMM")).contains(ScapType.SEN_UNIT_OR_RESOURCED_PROVISION);
        assertThat(settings.ofSetting("106167")).contains(ScapType.SPECIAL_SCHOOL);
        assertThat(settings.ofSetting(" st john vianney school ")).contains(ScapType.SPECIAL_SCHOOL);
        assertThat(settings.ofSetting("S358-ISS")).contains(ScapType.SPECIAL_SCHOOL);
        assertThat(settings.ofSetting("Specialist post-16 institution")).contains(ScapType.SPECIAL_SCHOOL);
        assertThat(settings.ofSetting("alternative provision")).contains(ScapType.ALTERNATIVE_PROVISION);
        assertThat(settings.ofSetting("mainstream")).isEmpty();
        assertThat(settings.ofSetting("FE college")).isEmpty();
        assertThat(settings.ofSetting("S358-SENSORY")).isEmpty();
        assertThat(settings.ofSetting(null)).isEmpty();
    }
}
