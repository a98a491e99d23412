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

    private static final Placement IN_BASE = new Placement(SettingKind.SPECIALIST_SETTING, "base");
    private static final Placement OUTSIDE = new Placement(SettingKind.SPECIALIST_SETTING, "outside");
    private static final Placement MAINSTREAM = new Placement(SettingKind.MAINSTREAM, null);

    // ASD, plans: in A, 8 in the base and 2 in a school outside Trafford; in B, 6 in mainstream waiting for a place;
    // in C, 4 in the base. SLCN: 8 on SEN support in mainstream in C.
    private static final List<DemandCount> DEMAND = List.of(
            new DemandCount("A", NeedCode.ASD, 12, SupportLevel.EHC_PLAN, IN_BASE, false, 8),
            new DemandCount("A", NeedCode.ASD, 13, SupportLevel.EHC_PLAN, OUTSIDE, false, 2),
            new DemandCount("B", NeedCode.ASD, 11, SupportLevel.EHC_PLAN, MAINSTREAM, true, 6),
            new DemandCount("C", NeedCode.ASD, 14, SupportLevel.EHC_PLAN, IN_BASE, false, 4),
            new DemandCount("C", NeedCode.SLCN, 7, SupportLevel.SEN_SUPPORT, MAINSTREAM, false, 8));

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
    // 3 waiting, next to LSOA C (Stretford); a special school outside Trafford at £50,000 a place a year
    private static final List<Service> SERVICES = List.of(
            ServiceBuilder.from(service(
                            "outside",
                            Domain.EDUCATION,
                            Tier.SPECIALIST,
                            NeedCode.ASD,
                            5,
                            19,
                            40,
                            CapacityUnit.PLACES,
                            40,
                            53.0,
                            -2.0))
                    .inArea(false)
                    .costPerUnit(new java.math.BigDecimal("50000"))
                    .build(),
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
            ServiceBuilder.from(service(
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
                            -2.3001))
                    .waitingList(3)
                    .build(),
            ServiceBuilder.from(service(
                            "breaks",
                            Domain.SOCIAL_CARE,
                            Tier.SPECIALIST,
                            NeedCode.ASD,
                            5,
                            13,
                            100,
                            CapacityUnit.HOURS_PER_WEEK,
                            100,
                            53.4201,
                            -2.3201))
                    .waitingList(5)
                    .build());

    private static SufficiencyCells.Matrix matrix() {
        var settings = new SufficiencyCells.Settings(VerdictThresholds.defaults(), TravelSettings.defaults(), 2028);
        return SufficiencyCells.assess(
                TRAFFORD, DEMAND, SERVICES, new SufficiencyCells.Growth(1.10, Map.of()), settings);
    }

    @Test
    void recordsTheServicesBehindEachCellWithTheirShares() {
        // the base's 12 places all go to ASD 11-15 (share 1); the therapy's caseload all to SLCN 5-10; the short
        // breaks' hours (ages 5-13) to ASD 11-15, the only band of its ages with children with plans; the school
        // outside Trafford has no capacity here
        assertThat(matrix().services())
                .containsExactlyInAnyOrder(
                        behind(NeedCode.ASD, AgeBand.AGE_11_15, Domain.EDUCATION, Tier.SPECIALIST, "base"),
                        behind(NeedCode.SLCN, AgeBand.AGE_5_10, Domain.HEALTH, Tier.TARGETED, "salt"),
                        behind(NeedCode.ASD, AgeBand.AGE_11_15, Domain.SOCIAL_CARE, Tier.SPECIALIST, "breaks"));
    }

    /** A service with all its capacity (share 1) in one of Trafford's cells. */
    private static SufficiencyCells.CellService behind(
            NeedCode need, AgeBand band, Domain domain, Tier tier, String serviceId) {
        return new SufficiencyCells.CellService(key("E08000009", "Trafford", need, band, domain, tier), serviceId, 1.0);
    }

    private static Map<CellKey, CellAssessment> cells() {
        return matrix().cells().stream().collect(Collectors.toMap(CellAssessment::key, c -> c));
    }

    /** Trafford's all-needs, all-ages cell of a domain and tier. */
    private static CellAssessment trafford(SufficiencyCells.Matrix matrix, Domain domain, Tier tier) {
        return matrix.cells().stream()
                .filter(c -> c.key().equals(key("E08000009", "Trafford", null, null, domain, tier)))
                .findFirst()
                .orElseThrow();
    }

    private static SufficiencyCells.Matrix assess(
            List<DemandCount> demand, List<Service> services, PlacementCosts costs) {
        var settings =
                new SufficiencyCells.Settings(VerdictThresholds.defaults(), TravelSettings.defaults(), 2028, costs);
        return SufficiencyCells.assess(
                TRAFFORD, demand, services, new SufficiencyCells.Growth(null, Map.of()), settings);
    }

    private static CellKey key(String area, String name, NeedCode need, AgeBand band, Domain domain, Tier tier) {
        return new CellKey(area, name, need, band, domain, tier);
    }

    @Test
    void specialistEducationDemandIsChildrenWithPlansPlacedInOrWaitingForASpecialistSetting() {
        // Sale: 8 in the base + 2 outside Trafford (A) + 6 in mainstream waiting (B) = 16 against the base's 12
        // places, all in use. The 2 outside cost 2 x £50,000 = £100,000 a year.
        CellAssessment sale = cells().get(
                        key("E02000001", "Sale", NeedCode.ASD, AgeBand.AGE_11_15, Domain.EDUCATION, Tier.SPECIALIST));
        assertThat(sale.measures()).isEqualTo(new CellMeasures(16, 0, 12.0, 12.0, null, null, 2, 100_000.0, 0));
        assertThat(sale.verdict()).isInstanceOf(Verdict.Insufficient.class);
        assertThat(sale.verdict().reason())
                .isEqualTo("ASD, 11-15, education, specialist, Sale: 16 children with plans placed in or waiting for a"
                        + " specialist setting, 12 places, 2 of them placed outside Trafford or in independent"
                        + " provision (£100,000 a year); EHC plans forecast +10% by 2028; demand exceeds capacity by 4;"
                        + " 0% within reach of a service with spare capacity");
        // the 6 waiting in mainstream count in the universal tier too, with the 8 on SEN support in mainstream: 14
        CellAssessment universal =
                cells().get(key("E08000009", "Trafford", null, null, Domain.EDUCATION, Tier.UNIVERSAL));
        assertThat(universal.measures().ehcPlans() + " " + universal.measures().senSupport())
                .isEqualTo("6 8");
    }

    @Test
    void aCellWithDemandButNoServiceIsNoDataSayingWhatIsMissing() {
        CellAssessment stretford = cells().get(key(
                "E02000002", "Stretford", NeedCode.ASD, AgeBand.AGE_11_15, Domain.EDUCATION, Tier.SPECIALIST));
        assertThat(stretford.measures().ehcPlans()).isEqualTo(4);
        assertThat(stretford.verdict()).isInstanceOf(Verdict.NoData.class);
        assertThat(stretford.verdict().reason())
                .isEqualTo(
                        "ASD, 11-15, education, specialist, Stretford: 4 children with plans placed in or waiting for"
                                + " a specialist setting, capacity unknown; EHC plans forecast +10% by 2028; no data: capacity (no"
                                + " service with a known capacity serves this cell)");
    }

    @Test
    void healthDemandIsReferralsNotEveryChild() {
        // the therapy's referrals: 10 in use + 3 waiting = 13, against its caseload of 20 (50% in use); the 8 children
        // on SEN support with SLCN are not counted as such
        CellAssessment salt = cells().get(
                        key("E02000002", "Stretford", NeedCode.SLCN, AgeBand.AGE_5_10, Domain.HEALTH, Tier.TARGETED));
        assertThat(salt.measures().referrals() + " " + salt.measures().demand() + " "
                        + salt.measures().capacity() + " " + salt.measures().waitingList())
                .isEqualTo("13 13 20.0 3");
        assertThat(salt.verdict()).isInstanceOf(Verdict.Sufficient.class);
        assertThat(salt.verdict().reason())
                .isEqualTo("SLCN, 5-10, health, targeted, Stretford: 13 referrals (in use plus waiting), 20 caseload");
        // the forecast is of EHC plans, so it is not applied to referrals
        assertThat(salt.growth()).isNull();
        // no cell of any other domain counts the children on SEN support with SLCN as demand
        assertThat(cells().values().stream()
                        .filter(c ->
                                c.key().need() == NeedCode.SLCN && c.measures().senSupport() > 0)
                        .map(c -> c.key().domain() + " " + c.key().tier())
                        .distinct())
                .containsExactly("EDUCATION UNIVERSAL");
    }

    @Test
    void hoursAreComparedWithHoursAndEligibleChildrenAreNotComparedWithThem() {
        // short breaks for ASD 5-13: eligible are the plans aged 5-13: 8 (12) + 2 (13) + 6 (11) = 16 (the 4 aged 14
        // are not); 100 of 100 hours in use and 5 children waiting
        CellAssessment breaks =
                cells().get(key("E08000009", "Trafford", null, null, Domain.SOCIAL_CARE, Tier.SPECIALIST));
        assertThat(breaks.measures().ehcPlans()).isEqualTo(16);
        assertThat(breaks.measures().hours()).isEqualTo(new CellMeasures.Hours(100.0, 100.0, 5));
        assertThat(breaks.measures().capacity()).isNull();
        assertThat(breaks.verdict()).isInstanceOf(Verdict.Insufficient.class);
        assertThat(breaks.verdict().reason())
                .isEqualTo("All needs, all ages, social care, specialist, Trafford: 16 children with plans eligible for"
                        + " its services, no places or caseload (children are not compared with hours); hours a week:"
                        + " 100 used of 100, 5 children waiting; EHC plans forecast +10% by 2028; every hour in use and 5"
                        + " children waiting");
    }

    @Test
    void preparationForAdulthoodCountsNobodyUnder14() {
        // of the plans, only the 4 aged 14 (in C) are 14 or over: the 11-15 band counts them alone
        List<CellAssessment> adulthood = matrix().cells().stream()
                .filter(c -> c.key().domain() == Domain.PREPARATION_FOR_ADULTHOOD)
                .toList();
        assertThat(adulthood).isNotEmpty();
        assertThat(adulthood.stream()
                        .filter(c -> c.key().areaCode().equals("E08000009")
                                && c.key().need() == null)
                        .map(c -> c.key().tier() + " " + c.key().ageLabel() + " "
                                + c.measures().demand()))
                .containsExactlyInAnyOrder(
                        "SPECIALIST 11-15 (aged 14-15 only) 4",
                        "SPECIALIST ages 14-25 4",
                        "UNIVERSAL 11-15 (aged 14-15 only) 4",
                        "UNIVERSAL ages 14-25 4");
    }

    @Test
    void aPlacementWithNoCostOfItsOwnTakesTheReviewsDefaultOrIsNoData() {
        // 3 children with plans aged 12 in A placed at an independent special school that gives no cost per place
        Service independent = ServiceBuilder.service("iss", "Independent special school places")
                .domain(Domain.EDUCATION)
                .tier(Tier.SPECIALIST)
                .capacity(5)
                .capacityUnit(CapacityUnit.PLACES)
                .inArea(true)
                .build();
        List<DemandCount> demand = List.of(new DemandCount(
                "A",
                NeedCode.ASD,
                12,
                SupportLevel.EHC_PLAN,
                new Placement(SettingKind.SPECIALIST_SETTING, "iss"),
                false,
                3));
        var costs = new PlacementCosts(Map.of(
                org.provisionlens.core.provision.ProvisionKind.INDEPENDENT_SPECIAL_SCHOOL,
                new PlacementCosts.Default(new java.math.BigDecimal("60000"), "the review's own contracts")));
        for (PlacementCosts given : List.of(PlacementCosts.none(), costs)) {
            CellMeasures m = trafford(assess(demand, List.of(independent), given), Domain.EDUCATION, Tier.SPECIALIST)
                    .measures();
            // none: 3 placements, no cost known; with the default: 3 x £60,000 = £180,000
            assertThat(m.outOfArea() + " " + m.outOfAreaCost() + " " + m.outOfAreaCostUnknown())
                    .isEqualTo(given == costs ? "3 180000.0 0" : "3 null 3");
        }
    }

    @Test
    void aTargetedServiceWithNoReferralsIsNoDataNamingIt() {
        Service outreach = ServiceBuilder.service("outreach", "SEMH Outreach")
                .domain(Domain.EDUCATION)
                .tier(Tier.TARGETED)
                .capacity(30)
                .capacityUnit(CapacityUnit.CASELOAD)
                .inArea(true)
                .build();
        CellAssessment cell =
                trafford(assess(DEMAND, List.of(outreach), PlacementCosts.none()), Domain.EDUCATION, Tier.TARGETED);
        assertThat(cell.verdict().reason())
                .endsWith("; no data: referrals or current use and waiting list of SEMH Outreach");
    }

    @Test
    void aServiceWhoseListingGivesNoUseCountsTheChildRecordsNamingIt() {
        // CAMHS lists no use and no waiting list; 2 children's records name it, 1 of them waiting for 20 weeks
        Service camhs = ServiceBuilder.service("camhs", "CAMHS")
                .domain(Domain.HEALTH)
                .tier(Tier.SPECIALIST)
                .capacity(10)
                .capacityUnit(CapacityUnit.CASELOAD)
                .inArea(true)
                .build();
        Placement referred = new Placement(SettingKind.SERVICE, "camhs");
        List<DemandCount> demand = List.of(
                new DemandCount("A", NeedCode.SEMH, 12, SupportLevel.EHC_PLAN, referred, false, 1),
                new DemandCount("C", NeedCode.SEMH, 15, SupportLevel.SEN_SUPPORT, referred, true, 1, 20));
        CellMeasures m = trafford(assess(demand, List.of(camhs), PlacementCosts.none()), Domain.HEALTH, Tier.SPECIALIST)
                .measures();
        assertThat(m.referrals() + " " + m.waitingList() + " " + m.capacity()).isEqualTo("2 1 10.0");
        assertThat(m.missing()).isEmpty();
        // a 20-week wait is longer than the 18-week referral-to-treatment standard
        assertThat(m.maxWaitingWeeks()).isEqualTo(20);
        assertThat(trafford(assess(demand, List.of(camhs), PlacementCosts.none()), Domain.HEALTH, Tier.SPECIALIST)
                        .verdict()
                        .reason())
                .endsWith("; the longest wait is 20 weeks (services' typical waits and children's waiting dates),"
                        + " longer than the NHS 18-week referral-to-treatment standard");
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
        // and the all-needs, all-ages education specialist cell of Trafford: 16 + 4 = 20 plans, 12 places
        CellAssessment all = cells.get(key("E08000009", "Trafford", null, null, Domain.EDUCATION, Tier.SPECIALIST));
        assertThat(all.measures().ehcPlans()).isEqualTo(20);
        assertThat(all.measures().capacity()).isEqualTo(12.0);
        assertThat(all.gap()).isEqualTo(20 * 1.10 - 12);
    }
}
