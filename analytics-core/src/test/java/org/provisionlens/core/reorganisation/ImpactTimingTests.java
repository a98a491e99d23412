package org.provisionlens.core.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.Tier;

/**
 * How long one proposal takes for an LA the size of Trafford once its baseline is loaded (138 LSOAs, 150 services,
 * 4,000 groups of children): printed, not asserted (the machine decides).
 */
class ImpactTimingTests {

    @Test
    void printsTheTimeOfOneProposalForAnLaTheSizeOfTrafford() {
        Baseline baseline = traffordSized(new Random(2026));
        Proposal proposal = new Proposal(
                "cut-and-open",
                "Cut and open",
                null,
                LocalDate.of(2027, 9, 1),
                "E09999999",
                List.of(
                        new Change.CloseService("SP3"),
                        new Change.ChangeCapacity("TH1", null, -20.0),
                        new Change.OpenService(
                                "NEW",
                                "New autism base",
                                Domain.EDUCATION,
                                Tier.SPECIALIST,
                                Set.of(NeedCode.ASD),
                                11,
                                16,
                                20,
                                CapacityUnit.PLACES,
                                new BigDecimal("24000"),
                                53.45,
                                -2.30,
                                null)));
        // wall time, and the thread's CPU time (the build machine is shared: CPU time is the work itself)
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = cpu.getCurrentThreadCpuTime();
        Map<Scenario, Impact> first = ImpactModel.evaluate(baseline, proposal);
        double firstMs = (System.nanoTime() - start) / 1e6;
        double firstCpuMs = (cpu.getCurrentThreadCpuTime() - startCpu) / 1e6;
        int runs = 20;
        start = System.nanoTime();
        startCpu = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            ImpactModel.evaluate(baseline, proposal);
        }
        double threeMs = (System.nanoTime() - start) / 1e6 / runs;
        double threeCpuMs = (cpu.getCurrentThreadCpuTime() - startCpu) / 1e6 / runs;
        System.out.printf(
                "impact of one proposal, LA of %d LSOAs, %d services, %d groups of children: first evaluation, 3"
                        + " scenarios, with the before matrices: %.0f ms (CPU %.0f ms); then 3 scenarios: %.1f ms"
                        + " (CPU %.1f ms), mean of %d%n",
                baseline.area().centroids().size(),
                baseline.services().size(),
                baseline.demand().size(),
                firstMs,
                firstCpuMs,
                threeMs,
                threeCpuMs,
                runs);
        assertThat(first.get(Scenario.CENTRAL).affected()).isNotEmpty();
    }

    static Baseline traffordSized(Random random) {
        SmallBaselines b = SmallBaselines.builder().travel(TravelSettings.defaults());
        String[] localities = {"Sale", "Stretford", "Altrincham", "Urmston"};
        for (int i = 0; i < 138; i++) {
            b.lsoa("L" + i, "M" + (i % 4), localities[i % 4], 0);
        }
        b = relocated(b, random);
        List<NeedCode> needs = NeedCode.ehcPlanNeeds();
        for (int i = 0; i < 150; i++) {
            double lat = 53.40 + random.nextDouble() * 0.08;
            double lon = -2.40 + random.nextDouble() * 0.15;
            String sid = i < 20 ? "SP" + i : i < 40 ? "TH" + (i - 20) : "MS" + i;
            ServiceBuilder s = ServiceBuilder.service(sid, "Service " + sid)
                    .inArea(true)
                    .locations(List.of(new ServiceLocation(sid, null, null, lat, lon)))
                    .costPerUnit(new BigDecimal(10000 + random.nextInt(30000)))
                    .qualityRating(random.nextBoolean() ? "Good" : "Requires improvement");
            if (i < 20) {
                s.domain(Domain.EDUCATION)
                        .tier(Tier.SPECIALIST)
                        .capacityUnit(CapacityUnit.PLACES)
                        .capacity(40 + random.nextInt(120))
                        .needs(Set.of(needs.get(random.nextInt(needs.size()))))
                        .ages(new AgeRange(4, 19));
            } else if (i < 40) {
                s.domain(Domain.HEALTH)
                        .tier(Tier.TARGETED)
                        .capacityUnit(CapacityUnit.CASELOAD)
                        .capacity(100 + random.nextInt(200))
                        .needs(Set.of(NeedCode.SLCN))
                        .ages(new AgeRange(0, 18))
                        .currentUse(90 + random.nextInt(150))
                        .waitingList(random.nextInt(30));
            } else {
                s.domain(Domain.EDUCATION)
                        .tier(Tier.UNIVERSAL)
                        .capacityUnit(CapacityUnit.PLACES)
                        .capacity(300 + random.nextInt(1200))
                        .ages(new AgeRange(4, 16));
            }
            b.service(s.build());
        }
        for (int i = 0; i < 4000; i++) {
            int kind = random.nextInt(10);
            String service = kind < 4
                    ? "SP" + random.nextInt(20)
                    : kind < 6 ? "TH" + random.nextInt(20) : "MS" + (40 + random.nextInt(110));
            b.children(
                    "L" + random.nextInt(138),
                    needs.get(random.nextInt(needs.size())),
                    4 + random.nextInt(13),
                    kind < 4 || random.nextBoolean() ? SupportLevel.EHC_PLAN : SupportLevel.SEN_SUPPORT,
                    service,
                    1 + random.nextInt(3));
        }
        return b.growth(1.02, 1.08, 1.15)
                .transport(15, "1.80")
                .independentPlace("58000")
                .build();
    }

    /** The LSOAs spread over Trafford's extent (about 53.40-53.48 N, 2.40-2.25 W). */
    private static SmallBaselines relocated(SmallBaselines b, Random random) {
        return b.relocate(
                code -> new double[] {53.40 + random.nextDouble() * 0.08, -2.40 + random.nextDouble() * 0.15});
    }
}
