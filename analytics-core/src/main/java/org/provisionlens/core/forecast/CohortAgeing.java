package org.provisionlens.core.forecast;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Plans by single year of age carried forward by ageing cohorts: the plans at age a in year t become the plans at age
 * a + 1 in year t + 1, times the transition ratio of that age (plans at a + 1 over plans at a the year before, pooled over
 * the years of the national series: new plans in a cohort minus plans ceased). Entry ages (the youngest, and ages most
 * of whose plans are new) grow instead as the same age did nationally. The oldest age leaves the series.
 *
 * <p>National ratios rather than the LA's own: the DfE series gives single ages for two years only (2024 and 2025), so
 * an LA has one transition per age, on small counts (Trafford's age 3 to 4: 11 to 94). The single-year population is not
 * used: a cohort's plans already follow its children, and one year of population (ONS mid-2024) says nothing of the
 * children not yet born who will enter the youngest age.
 */
public final class CohortAgeing {

    /** A cohort that more than doubles on reaching an age makes it an entry age (nationally: age 3 to 4, x 4.9). */
    public static final double ENTRY_RATIO = 2;

    private CohortAgeing() {}

    /** Ratios by age a: plans at a + 1 in year t + 1 over plans at a in year t, summed over the transitions given. */
    public static Map<Integer, Double> ratios(Map<Integer, ? extends Map<Integer, Double>> byYear) {
        Map<Integer, double[]> sums = new TreeMap<>();
        byYear.forEach((year, ages) -> {
            Map<Integer, Double> next = byYear.get(year + 1);
            if (next != null) {
                ages.forEach((age, plans) -> add(sums, age, next.get(age + 1), plans));
            }
        });
        Map<Integer, Double> ratios = new TreeMap<>();
        sums.forEach((age, sum) -> ratios.put(age, sum[0] / sum[1]));
        return ratios;
    }

    /** Growth per year of the plans at each age (the same age, year on year), pooled over the years given. */
    public static Map<Integer, Double> sameAgeGrowth(Map<Integer, ? extends Map<Integer, Double>> byYear) {
        Map<Integer, double[]> sums = new TreeMap<>();
        byYear.forEach((year, ages) -> {
            Map<Integer, Double> next = byYear.get(year + 1);
            if (next != null) {
                ages.forEach((age, plans) -> add(sums, age, next.get(age), plans));
            }
        });
        Map<Integer, Double> growth = new TreeMap<>();
        sums.forEach((age, sum) -> growth.put(age, sum[0] / sum[1]));
        return growth;
    }

    private static void add(Map<Integer, double[]> sums, int age, Double later, Double plans) {
        if (later != null && plans != null && plans > 0) {
            double[] sum = sums.computeIfAbsent(age, a -> new double[2]);
            sum[0] += later;
            sum[1] += plans;
        }
    }

    /**
     * The LA's plans by age for each of the {@code years} after {@code year} (its last year), from that year's ages. An
     * age is carried from the age below a year before by its cohort {@link #ratios ratio}, unless it is an entry age:
     * the youngest, or an age whose cohort more than {@link #ENTRY_RATIO doubles} on reaching it (most of its plans are
     * new, so the LA's few plans at the age below would say little); an entry age grows by its {@link #sameAgeGrowth}.
     * A missing ratio or growth is 1. The oldest age's cohort leaves.
     */
    public static NavigableMap<Integer, Map<Integer, Double>> project(
            Map<Integer, Double> lastYear,
            int year,
            int years,
            Map<Integer, Double> ratios,
            Map<Integer, Double> sameAgeGrowth) {
        NavigableMap<Integer, Map<Integer, Double>> out = new TreeMap<>();
        Map<Integer, Double> current = new TreeMap<>(lastYear);
        int youngest =
                lastYear.keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
        int oldest =
                lastYear.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int ahead = 1; ahead <= years; ahead++) {
            Map<Integer, Double> next = new TreeMap<>();
            for (int age = youngest; age <= oldest; age++) {
                boolean entry = age == youngest || ratios.getOrDefault(age - 1, 1.0) > ENTRY_RATIO;
                next.put(
                        age,
                        entry
                                ? current.getOrDefault(age, 0.0) * sameAgeGrowth.getOrDefault(age, 1.0)
                                : current.getOrDefault(age - 1, 0.0) * ratios.getOrDefault(age - 1, 1.0));
            }
            out.put(year + ahead, next);
            current = next;
        }
        return out;
    }
}
