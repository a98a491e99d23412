package org.provisionlens.core.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;

class CellVerdictsTests {

    private static final CellKey SALE_ASD =
            new CellKey("E02001234", "Sale", NeedCode.ASD, AgeBand.AGE_11_15, null, null);
    private static final VerdictThresholds DEFAULTS = VerdictThresholds.defaults();

    private static CellMeasures measures(int plans, Double capacity, int outOfArea, int withinReach) {
        return new CellMeasures(plans, 0, capacity, null, null, null, outOfArea, null, withinReach);
    }

    private static Verdict verdict(CellMeasures m, Double growth) {
        return CellVerdicts.assess(SALE_ASD, m, growth, 2028, "Trafford", "places", DEFAULTS);
    }

    @Test
    void saysWhyInOnePlainSentence() {
        // 48 plans against 30 places: 18 short, so insufficient
        Verdict v = verdict(measures(48, 30.0, 12, 48), 1.18);
        assertThat(v).isInstanceOf(Verdict.Insufficient.class);
        assertThat(v.reason())
                .isEqualTo(
                        "ASD, 11-15, Sale: 48 children with plans, 30 places, 12 of them placed outside Trafford or in"
                                + " independent provision;"
                                + " EHC plans forecast +18% by 2028; demand exceeds capacity by 18");
    }

    @Test
    void unknownCapacityIsNoDataNeverSufficient() {
        Verdict v = verdict(measures(5, null, 0, 0), null);
        assertThat(v).isInstanceOf(Verdict.NoData.class);
        assertThat(v.reason())
                .endsWith("capacity unknown; no data: capacity (no service with a known capacity serves this cell)");
    }

    @Test
    void forecastAboveCapacityOrNearlyFullIsAtRisk() {
        // 40 plans, 45 places: fine now (89% full), but 40 x 1.18 = 47.2 > 45 by 2028
        assertThat(verdict(measures(40, 45.0, 0, 40), 1.18)).isInstanceOf(Verdict.AtRisk.class);
        // 43 of 45 places = 95.6% full: at risk even without a forecast
        assertThat(verdict(measures(43, 45.0, 0, 43), null).reason()).endsWith("; 96% full");
        // 30 of 45 places, growth 10%: 33 < 45, 67% full
        assertThat(verdict(measures(30, 45.0, 0, 30), 1.10)).isInstanceOf(Verdict.Sufficient.class);
    }

    @Test
    void tooLittleOfTheDemandWithinReachIsInsufficient() {
        // 30 children, 45 places, but only 20 of 30 (67% < 80%) within reach of a service with spare places
        Verdict v = verdict(measures(30, 45.0, 0, 20), null);
        assertThat(v).isInstanceOf(Verdict.Insufficient.class);
        assertThat(v.reason()).endsWith("67% within reach of a service with spare capacity");
    }

    @Test
    void addingCapacityNeverWorsensAndMoreDemandNeverImprovesAVerdict() {
        SplittableRandom random = new SplittableRandom(20261130);
        for (int i = 0; i < 5_000; i++) {
            int plans = random.nextInt(0, 200);
            int reach = random.nextInt(0, plans + 1);
            double capacity = random.nextInt(0, 250);
            Double growth = random.nextBoolean() ? null : 0.8 + random.nextDouble() * 0.6;
            Verdict base = verdict(measures(plans, capacity, 0, reach), growth);
            Verdict moreCapacity = verdict(measures(plans, capacity + random.nextInt(1, 50), 0, reach), growth);
            int extra = random.nextInt(1, 50);
            Verdict moreDemand = verdict(measures(plans + extra, capacity, 0, reach), growth);
            assertThat(moreCapacity.severity())
                    .as("capacity %s -> more, plans %s", capacity, plans)
                    .isLessThanOrEqualTo(base.severity());
            assertThat(moreDemand.severity())
                    .as("plans %s -> %s, capacity %s", plans, plans + extra, capacity)
                    .isGreaterThanOrEqualTo(base.severity());
        }
    }

    @Test
    void healthWaitsAreSetAgainstThe18WeekStandard() {
        // 10 referrals against a caseload of 20, half in use; one service's typical wait is 26 weeks > 18
        CellKey health = new CellKey("E08000009", "Trafford", null, null, Domain.HEALTH, Tier.SPECIALIST);
        CellMeasures m =
                CellMeasures.referred(10, 0, null).plus(new CellMeasures(0, 0, 20.0, 10.0, null, 26, 0, null, 0));
        Verdict v = CellVerdicts.assess(health, m, null, 2028, "Trafford", "caseload", DEFAULTS);
        assertThat(v).isInstanceOf(Verdict.AtRisk.class);
        assertThat(v.reason())
                .isEqualTo("All needs, all ages, health, specialist, Trafford: 10 referrals (in use plus waiting), 20"
                        + " caseload; the longest wait is 26 weeks (services' typical waits and children's waiting"
                        + " dates), longer than the NHS 18-week referral-to-treatment standard");
    }

    @Test
    void demandAboveTheKnownCapacityWithSomeUnknownIsNoData() {
        // 30 children against 20 known places and a unit whose places are unknown: the shortfall cannot be said
        Verdict v = verdict(withUnknownUnit(30, 20.0), null);
        assertThat(v).isInstanceOf(Verdict.NoData.class);
        assertThat(v.reason()).endsWith("; no data: capacity of Firs (SEN unit) (demand exceeds the 20 known)");
        // below the known places, the verdict holds whatever the unknown ones are
        assertThat(verdict(withUnknownUnit(15, 20.0), null)).isInstanceOf(Verdict.Sufficient.class);
    }

    /** Children with plans, all within reach, against known places and a unit whose places are unknown. */
    private static CellMeasures withUnknownUnit(int plans, double known) {
        CellMeasures unit = new CellMeasures(
                0, 0, 0, null, null, null, null, null, null, 0, null, 0, 0, Set.of("Firs (SEN unit)"), Set.of());
        return measures(plans, known, 0, plans).plus(unit);
    }

    @Test
    void childCellsAddUpToTheirParent() {
        CellMeasures sale = new CellMeasures(10, 4, 12.0, 11.0, 3, 20, 2, 90_000.0, 12);
        CellMeasures stretford = new CellMeasures(7, 0, null, null, null, 30, 1, null, 5);
        CellMeasures trafford = sale.plus(stretford);
        assertThat(trafford).isEqualTo(new CellMeasures(17, 4, 12.0, 11.0, 3, 30, 3, 90_000.0, 17));
        assertThat(trafford.demand()).isEqualTo(sale.demand() + stretford.demand());
    }
}
