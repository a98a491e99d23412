package org.provisionlens.jobs.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Turns one LA's published EHC plan tables into one (age, need, placement) triple per plan, meeting every published
 * margin exactly: the LA's total, its count of each need (suppressed needs share the remainder in England's
 * proportions), its age rows and its placement rows (each fitted against the need counts), with the children of each
 * need paired youngest first with placements ordered by the age they usually serve.
 */
final class PlanMix {

    /** One plan's attributes; {@code need} indexes {@link PublishedPlans#NEEDS}. */
    record Plan(int age, int need, String placement) {}

    private PlanMix() {}

    static List<Plan> plans(
            PublishedPlans.LaRows la, double[] englandNeeds, double[] agePopulation, SplittableRandom random) {
        int total = la.all().plans();
        int[] needs = needTotals(la.all(), englandNeeds);

        // ages: "under 3" then "age 3" .. "age 25"; the suppressed or missing share the residual by population
        List<String> ageBands = new ArrayList<>(List.of("under 3"));
        for (int age = 3; age <= 25; age++) {
            ageBands.add("age " + age);
        }
        int[] ageTotals = bandTotals(ageBands, la.ages(), total, bandPopulation(ageBands, agePopulation));
        int[][] ageByNeed = Apportion.fit(seed(ageBands, la.ages(), needs), ageTotals, needs);

        List<String> placements = la.placements().stream()
                .map(PublishedPlans.Cells::breakdown)
                .sorted(Comparator.comparingInt(PlanMix::typicalAgeRank).thenComparing(b -> b))
                .toList();
        if (placements.isEmpty()) {
            placements = List.of("Placement not recorded");
        }
        double[] placementWeights = new double[placements.size()];
        Arrays.fill(placementWeights, 1);
        int[] placementTotals = bandTotals(placements, la.placements(), total, placementWeights);
        int[][] placementByNeed = Apportion.fit(seed(placements, la.placements(), needs), placementTotals, needs);

        List<Plan> plans = new ArrayList<>(total);
        for (int need = 0; need < needs.length; need++) {
            List<Integer> ages = new ArrayList<>();
            for (int band = 0; band < ageBands.size(); band++) {
                for (int k = 0; k < ageByNeed[band][need]; k++) {
                    ages.add(band == 0 ? underThree(agePopulation, random) : band + 2);
                }
            }
            ages.sort(Comparator.naturalOrder());
            // placements of the same typical age are interleaved at random, so special and mainstream mix by age
            List<String> places = new ArrayList<>();
            for (int p = 0; p < placements.size(); p++) {
                for (int k = 0; k < placementByNeed[p][need]; k++) {
                    places.add(placements.get(p));
                }
            }
            List<double[]> keys = new ArrayList<>();
            for (int i = 0; i < places.size(); i++) {
                keys.add(new double[] {typicalAgeRank(places.get(i)), random.nextDouble(), i});
            }
            keys.sort(Comparator.<double[]>comparingDouble(k -> k[0]).thenComparingDouble(k -> k[1]));
            for (int i = 0; i < ages.size(); i++) {
                plans.add(new Plan(ages.get(i), need, places.get((int) keys.get(i)[2])));
            }
        }
        return plans;
    }

    /** The LA's plans by need; suppressed needs share what the published needs leave, in England's proportions. */
    static int[] needTotals(PublishedPlans.Cells all, double[] englandNeeds) {
        int total = all.plans();
        int known = 0;
        double[] suppressedWeights = new double[englandNeeds.length];
        boolean anySuppressed = false;
        for (int i = 0; i < englandNeeds.length; i++) {
            if (all.byNeed()[i] == null) {
                suppressedWeights[i] = englandNeeds[i];
                anySuppressed = true;
            } else {
                known += all.byNeed()[i];
            }
        }
        if (!anySuppressed) {
            double[] published = Arrays.stream(all.byNeed())
                    .mapToDouble(Integer::doubleValue)
                    .toArray();
            return known == total
                    ? Arrays.stream(all.byNeed()).mapToInt(Integer::intValue).toArray()
                    : Apportion.largestRemainder(total, published);
        }
        int[] remainder = Apportion.largestRemainder(Math.max(0, total - known), suppressedWeights);
        int[] needs = new int[englandNeeds.length];
        for (int i = 0; i < needs.length; i++) {
            needs[i] = all.byNeed()[i] == null ? remainder[i] : all.byNeed()[i];
        }
        return needs;
    }

    /** Published band totals where given; the residual of the LA total shared by weight among the others. */
    private static int[] bandTotals(List<String> bands, List<PublishedPlans.Cells> rows, int total, double[] weights) {
        int[] totals = new int[bands.size()];
        double[] missingWeights = new double[bands.size()];
        int known = 0;
        for (int b = 0; b < bands.size(); b++) {
            Integer published = find(rows, bands.get(b)) == null
                    ? null
                    : find(rows, bands.get(b)).plans();
            if (published == null) {
                missingWeights[b] = weights[b];
            } else {
                totals[b] = published;
                known += published;
            }
        }
        if (known > total || (known < total && Arrays.stream(missingWeights).sum() == 0)) {
            return Apportion.largestRemainder(
                    total, Arrays.stream(totals).asDoubleStream().toArray());
        }
        int[] residual = Apportion.largestRemainder(total - known, missingWeights);
        for (int b = 0; b < totals.length; b++) {
            totals[b] += residual[b];
        }
        return totals;
    }

    private static double[][] seed(List<String> bands, List<PublishedPlans.Cells> rows, int[] needs) {
        double[][] seed = new double[bands.size()][needs.length];
        for (int b = 0; b < bands.size(); b++) {
            PublishedPlans.Cells cells = find(rows, bands.get(b));
            for (int n = 0; n < needs.length; n++) {
                Integer value = cells == null ? null : cells.byNeed()[n];
                seed[b][n] = value == null ? 0.5 : value;
            }
        }
        return seed;
    }

    private static PublishedPlans.Cells find(List<PublishedPlans.Cells> rows, String breakdown) {
        for (PublishedPlans.Cells cells : rows) {
            if (cells.breakdown().equals(breakdown)) {
                return cells;
            }
        }
        return null;
    }

    private static double[] bandPopulation(List<String> bands, double[] agePopulation) {
        double[] weights = new double[bands.size()];
        weights[0] = agePopulation[0] + agePopulation[1] + agePopulation[2];
        for (int b = 1; b < bands.size(); b++) {
            weights[b] = agePopulation[b + 2];
        }
        return weights;
    }

    private static int underThree(double[] agePopulation, SplittableRandom random) {
        double pick = random.nextDouble() * (agePopulation[0] + agePopulation[1] + agePopulation[2]);
        return pick < agePopulation[0] ? 0 : pick < agePopulation[0] + agePopulation[1] ? 1 : 2;
    }

    /** Where a placement sits in a child's life: early years first, further education and NEET last. */
    static int typicalAgeRank(String placement) {
        String p = placement.toLowerCase(Locale.ROOT);
        if (p.contains("early years")) {
            return 0;
        }
        if (p.startsWith("fe ") || p.startsWith("fe -") || p.contains("neet") || p.contains("notice to cease")) {
            return 2;
        }
        return 1;
    }
}
