package org.provisionlens.core.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.Tier;

class SufficiencyCellsTests {

    private static final Locality SALE = new Locality("E02000001", "Sale");
    private static final Locality STRETFORD = new Locality("E02000002", "Stretford");
    private static final ReviewArea TRAFFORD = new ReviewArea(
            "E08000009",
            "Trafford",
            Map.of("A", SALE, "B", SALE, "C", STRETFORD),
            Map.of(
                    "A",
                    new Place("A", 53.42, -2.32),
                    "B",
                    new Place("B", 53.43, -2.33),
                    "C",
                    new Place("C", 53.46, -2.30)));

    private static final List<DemandCount> DEMAND = List.of(
            new DemandCount("A", NeedCode.ASD, AgeBand.AGE_11_15, SupportLevel.EHC_PLAN, 10, 2),
            new DemandCount("B", NeedCode.ASD, AgeBand.AGE_11_15, SupportLevel.EHC_PLAN, 6, 0),
            new DemandCount("C", NeedCode.ASD, AgeBand.AGE_11_15, SupportLevel.EHC_PLAN, 4, 0),
            new DemandCount("C", NeedCode.SLCN, AgeBand.AGE_5_10, SupportLevel.SEN_SUPPORT, 8, 0));

    private static Service service(
            String id,
            Domain domain,
            Tier tier,
            NeedCode need,
            int from,
            int to,
            int capacity,
            CapacityUnit unit,
            int inUse,
            double lat,
            double lon) {
        return ServiceBuilder.service(id, id)
                .domain(domain)
                .tier(tier)
                .needs(Set.of(need))
                .ages(new AgeRange(from, to))
                .capacity(capacity)
                .capacityUnit(unit)
                .currentUse(inUse)
                .inArea(true)
                .locations(List.of(new ServiceLocation(id, null, null, lat, lon)))
                .build();
    }

    // Sale Autism Base: 12 places, all in use, next to LSOA A (so in Sale); speech therapy: 20 caseload, 10 in use,
    // next to LSOA C (Stretford)
    private static final List<Service> SERVICES = List.of(
            service(
                    "base",
                    Domain.EDUCATION,
                    Tier.SPECIALIST,
                    NeedCode.ASD,
                    11,
                    16,
                    12,
                    CapacityUnit.PLACES,
                    12,
                    53.4201,
                    -2.3201),
            service(
                    "salt",
                    Domain.HEALTH,
                    Tier.TARGETED,
                    NeedCode.SLCN,
                    4,
                    11,
                    20,
                    CapacityUnit.CASELOAD,
                    10,
                    53.4601,
                    -2.3001));

    private static SufficiencyCells.Matrix matrix() {
        var settings = new SufficiencyCells.Settings(VerdictThresholds.defaults(), TravelSettings.defaults(), 2028);
        return SufficiencyCells.assess(
                TRAFFORD, DEMAND, SERVICES, new SufficiencyCells.Growth(1.10, Map.of()), settings);
    }

    @Test
    void recordsTheServicesBehindEachCellWithTheirShares() {
        // the base's 12 places all go to ASD 11-15 (share 1); the therapy's caseload all to SLCN 5-10
        assertThat(matrix().services())
                .containsExactlyInAnyOrder(
                        new SufficiencyCells.CellService(
                                key(
                                        "E08000009",
                                        "Trafford",
                                        NeedCode.ASD,
                                        AgeBand.AGE_11_15,
                                        Domain.EDUCATION,
                                        Tier.SPECIALIST),
                                "base",
                                1.0),
                        new SufficiencyCells.CellService(
                                key(
                                        "E08000009",
                                        "Trafford",
                                        NeedCode.SLCN,
                                        AgeBand.AGE_5_10,
                                        Domain.HEALTH,
                                        Tier.TARGETED),
                                "salt",
                                1.0));
    }

    private static Map<CellKey, CellAssessment> cells() {
        return matrix().cells().stream().collect(Collectors.toMap(CellAssessment::key, c -> c));
    }

    private static CellKey key(String area, String name, NeedCode need, AgeBand band, Domain domain, Tier tier) {
        return new CellKey(area, name, need, band, domain, tier);
    }

    @Test
    void aServicesPlacesGoToTheCellsItServesWhereItIs() {
        // the base serves ASD 11-16: bands 11-15 (20 children with plans in Trafford) and 16-19 (none), so all 12
        // places go to ASD 11-15, in Sale. Sale: 10 + 6 = 16 plans (2 placed outside Trafford) > 12 places.
        CellAssessment sale = cells().get(
                        key("E02000001", "Sale", NeedCode.ASD, AgeBand.AGE_11_15, Domain.EDUCATION, Tier.SPECIALIST));
        assertThat(sale.measures()).isEqualTo(new CellMeasures(16, 0, 12.0, 12.0, null, null, 2, null, 0));
        assertThat(sale.verdict()).isInstanceOf(Verdict.Insufficient.class);
        assertThat(sale.verdict().reason())
                .isEqualTo("ASD, 11-15, education, specialist, Sale: 16 children with"
                        + " plans, 12 places, 2 of them outside Trafford; demand forecast +10% by 2028; demand exceeds"
                        + " capacity by 4; 0% within reach of a service with spare capacity");
    }

    @Test
    void aCellWithDemandButNoServiceIsNoData() {
        CellAssessment stretford = cells().get(key(
                "E02000002", "Stretford", NeedCode.ASD, AgeBand.AGE_11_15, Domain.EDUCATION, Tier.SPECIALIST));
        assertThat(stretford.measures().ehcPlans()).isEqualTo(4);
        assertThat(stretford.verdict()).isInstanceOf(Verdict.NoData.class);
    }

    @Test
    void targetedServicesMeetSenSupportAndCountWhoIsWithinReach() {
        // 8 children on SEN support with SLCN aged 5-10 in C; therapy 20 caseload, 10 in use (50%), spare, at C
        CellAssessment salt = cells().get(
                        key("E02000002", "Stretford", NeedCode.SLCN, AgeBand.AGE_5_10, Domain.HEALTH, Tier.TARGETED));
        assertThat(salt.measures()).isEqualTo(new CellMeasures(0, 8, 20.0, 10.0, null, null, 0, null, 8));
        assertThat(salt.verdict()).isInstanceOf(Verdict.Sufficient.class);
        assertThat(salt.verdict().reason())
                .isEqualTo("SLCN, 5-10, health, targeted, Stretford: 0 children with plans,"
                        + " 8 on SEN support, 20 caseload; demand forecast +10% by 2028");
    }

    @Test
    void everyParentCellIsTheSumOfItsChildren() {
        Map<CellKey, CellAssessment> cells = cells();
        for (CellAssessment la : cells.values()) {
            if (!la.key().areaCode().equals("E08000009")) {
                continue;
            }
            CellMeasures sum = cells.values().stream()
                    .filter(c -> !c.key().areaCode().equals("E08000009"))
                    .filter(c -> c.key()
                            .equals(la.key().inArea(c.key().areaCode(), c.key().areaName())))
                    .map(CellAssessment::measures)
                    .reduce(CellMeasures.empty(), CellMeasures::plus);
            assertThat(la.measures()).as(la.key().label()).isEqualTo(sum);
        }
        // and the all-needs, all-ages education specialist cell of Trafford: 20 plans, 12 places
        CellAssessment all = cells.get(key("E08000009", "Trafford", null, null, Domain.EDUCATION, Tier.SPECIALIST));
        assertThat(all.measures().ehcPlans()).isEqualTo(20);
        assertThat(all.measures().capacity()).isEqualTo(12.0);
        assertThat(all.gap()).isEqualTo(20 * 1.10 - 12);
    }
}
