package org.provisionlens.jobs.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One LA's children and young people: a record per published EHC plan (see {@link PlanMix}) and the modelled number on
 * SEN support (see {@link SenSupportModel}), each in an LSOA drawn by the LA's weights, in a shuffled order.
 */
final class ChildGenerator {

    /** The share of children currently waiting for a setting or service. */
    static final double WAITING_SHARE = 0.07;

    /** The share of rows that give a birth year instead of an age. */
    static final double BIRTH_YEAR_SHARE = 0.10;

    private ChildGenerator() {}

    static List<Child> generate(
            PublishedPlans.LaRows la,
            double[] englandNeeds,
            LaGeography geography,
            double[] agePopulation,
            LocalDate snapshot,
            SplittableRandom random) {
        List<PlanMix.Plan> plans = PlanMix.plans(la, englandNeeds, agePopulation, random);
        List<Child> children = new ArrayList<>(plans.size() * 4);
        int inSchools = 0;
        for (PlanMix.Plan plan : plans) {
            String need = PublishedPlans.NEEDS.get(plan.need()).name();
            if (SenSupportModel.inSchool(plan.placement())) {
                inSchools++;
            }
            int yearsInPlace = random.nextInt(Math.max(1, Math.min(plan.age(), 10)));
            // never before the child was about a year old
            long daysAgo = Math.min(yearsInPlace * 365L + random.nextInt(365), Math.max(30, plan.age() * 365L));
            LocalDate issued = snapshot.minusDays(daysAgo);
            children.add(child(
                    plan.age(),
                    need,
                    true,
                    plan.placement(),
                    Settings.forPlan(plan.placement(), need, la.oldCode()),
                    geography,
                    issued,
                    snapshot,
                    random));
        }
        int support = SenSupportModel.supportCount(inSchools);
        int[] byAge = Apportion.largestRemainder(support, SenSupportModel.AGE_WEIGHTS);
        int[] byNeed = Apportion.largestRemainder(support, SenSupportModel.NEED_PER_THOUSAND);
        List<String> needs = new ArrayList<>(support);
        for (int n = 0; n < byNeed.length; n++) {
            for (int k = 0; k < byNeed[n]; k++) {
                needs.add(SenSupportModel.NEEDS.get(n));
            }
        }
        shuffle(needs, random);
        int next = 0;
        for (int a = 0; a < byAge.length; a++) {
            int age = SenSupportModel.YOUNGEST + a;
            for (int k = 0; k < byAge[a]; k++) {
                String setting = age <= 15 || random.nextDouble() < 0.4 ? "mainstream" : "FE college";
                LocalDate referred = snapshot.minusDays(30 + random.nextInt(Math.max(1, (age - 3) * 365 - 30)));
                children.add(child(
                        age, needs.get(next++), false, "SEN support", setting, geography, referred, snapshot, random));
            }
        }
        shuffle(children, random);
        return children;
    }

    private static Child child(
            int age,
            String need,
            boolean plan,
            String placement,
            String setting,
            LaGeography geography,
            LocalDate date,
            LocalDate snapshot,
            SplittableRandom random) {
        Area area = geography.pick(random);
        LocalDate waiting = null;
        if (random.nextDouble() < WAITING_SHARE) {
            long days = Math.max(0, snapshot.toEpochDay() - date.toEpochDay());
            waiting = date.plusDays(days == 0 ? 0 : random.nextLong(days + 1));
        }
        return new Child(
                age, need, plan, placement, setting, area, date, waiting, random.nextDouble() < BIRTH_YEAR_SHARE);
    }

    static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
