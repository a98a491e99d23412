package org.provisionlens.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.provisionlens.core.provision.Establishments.school;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.Establishment;

class EstablishmentServicesTests {

    @Test
    void aSpecialSchoolIsOneSpecialistServiceWithItsPlaces() {
        Establishment brentwood = school("106391", "Special schools", 7001, 11, 120, null);
        List<Service> services = EstablishmentServices.of(
                brentwood,
                ServiceBuilder.service("s:106391", "Brentwood")
                        .urn("106391")
                        .capacity(120)
                        .capacityUnit(CapacityUnit.PLACES)
                        .build());
        assertThat(services).singleElement().satisfies(s -> {
            assertThat(s.tier()).isEqualTo(Tier.SPECIALIST);
            assertThat(s.capacity()).isEqualTo(120);
        });
    }

    @Test
    void aMainstreamSchoolsUnitIsASpecialistServiceOfItsOwnWithoutTheSchoolsCapacity() {
        Establishment moorlands = school(
                "106308", "Local authority maintained schools", 2033, 7, 370, "Resourced provision and SEN unit");
        List<Service> services = EstablishmentServices.of(
                moorlands,
                ServiceBuilder.service("s:106308", "Moorlands")
                        .urn("106308")
                        .capacity(370)
                        .capacityUnit(CapacityUnit.PLACES)
                        .build());
        assertThat(services)
                .extracting(Service::id, Service::tier, Service::capacity, Service::urn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("s:106308", Tier.UNIVERSAL, 370, "106308"),
                        org.assertj.core.groups.Tuple.tuple("s:106308:sen-unit", Tier.SPECIALIST, null, null),
                        org.assertj.core.groups.Tuple.tuple(
                                "s:106308:resourced-provision", Tier.SPECIALIST, null, null));
    }
}
