package org.provisionlens.core.placeplanning;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The January census the forecast starts from: every EHC plan by the child's age (whatever the placement), and the
 * pupils with plans in each SCAP type by year group.
 *
 * @param year the census year (2025 for January 2025)
 * @param plansByAge EHC plans by age 0-25, any placement; an age missing from the map has none
 * @param pupils pupils with EHC plans placed in each type, by year group; missing entries are none
 */
public record Census(int year, Map<Integer, Integer> plansByAge, Map<ScapType, Map<YearGroup, Integer>> pupils) {

    public static final int OLDEST = 25;

    public Census {
        plansByAge = Map.copyOf(new TreeMap<>(plansByAge));
        Map<ScapType, Map<YearGroup, Integer>> copy = new EnumMap<>(ScapType.class);
        pupils.forEach((type, byGroup) -> copy.put(type, Map.copyOf(byGroup)));
        pupils = Map.copyOf(copy);
        plansByAge.forEach((age, plans) -> {
            if (age < 0 || age > OLDEST || plans == null || plans < 0) {
                throw new IllegalArgumentException("plans by age need ages 0-25 and counts of 0 or more: " + age);
            }
        });
        for (YearGroup group : YearGroup.all()) {
            int placed = 0;
            for (ScapType type : ScapType.values()) {
                int n = count(pupils, type, group);
                if (n < 0) {
                    throw new IllegalArgumentException("pupils cannot be negative: " + type + " " + group.label());
                }
                placed += n;
            }
            int plans = plansByAge.getOrDefault(group.age(), 0);
            if (placed > plans) {
                throw new IllegalArgumentException(placed + " pupils in specialist provision in " + group.label()
                        + " but only " + plans + " EHC plans at age " + group.age());
            }
        }
    }

    public int plans(int age) {
        return plansByAge.getOrDefault(age, 0);
    }

    public int pupils(ScapType type, YearGroup group) {
        return count(pupils, type, group);
    }

    private static int count(Map<ScapType, Map<YearGroup, Integer>> pupils, ScapType type, YearGroup group) {
        return pupils.getOrDefault(type, Map.of()).getOrDefault(group, 0);
    }

    /**
     * The census year's placement mix: the share of the year group's EHC plans placed in this type (0 when the year
     * group had no plans).
     */
    public double share(ScapType type, YearGroup group) {
        int plans = plans(group.age());
        return plans == 0 ? 0 : (double) pupils(type, group) / plans;
    }
}
