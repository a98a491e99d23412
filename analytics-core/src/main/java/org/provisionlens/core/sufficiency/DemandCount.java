package org.provisionlens.core.sufficiency;

import java.util.Objects;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;

/**
 * Children and young people of one small area, need, age, support level and placement, waiting or not (an aggregate of
 * child records).
 *
 * @param lsoaCode where they live, or {@code null} when only a postcode district is known
 * @param placement where their records say they are
 * @param waiting whether their records give a date they have been waiting since (for a setting or service)
 * @param longestWaitWeeks the longest of those waits to the review date, in whole weeks; {@code null} when none
 */
public record DemandCount(
        String lsoaCode,
        NeedCode need,
        int age,
        SupportLevel level,
        Placement placement,
        boolean waiting,
        int children,
        Integer longestWaitWeeks) {

    public DemandCount {
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(placement, "placement");
        if (AgeBand.of(age).isEmpty()) {
            throw new IllegalArgumentException("the Local Offer covers ages 0-25; age was " + age);
        }
        if (children < 0) {
            throw new IllegalArgumentException("children cannot be negative: " + children);
        }
        if (longestWaitWeeks != null && longestWaitWeeks < 0) {
            throw new IllegalArgumentException("a wait cannot be negative: " + longestWaitWeeks);
        }
    }

    /** Without the length of their waits. */
    public DemandCount(
            String lsoaCode,
            NeedCode need,
            int age,
            SupportLevel level,
            Placement placement,
            boolean waiting,
            int children) {
        this(lsoaCode, need, age, level, placement, waiting, children, null);
    }

    /**
     * A group of child records as the review counts them (grouped by LSOA, primary need, age, support level, setting
     * and whether waiting), its setting read against the run's services. Shared by the review run (grouped by Spark)
     * and the impact model's baseline (grouped by SQL from the published child records), so both count alike.
     *
     * @param setting the records' setting as written ("" or {@code null} when none)
     * @param longestWaitWeeks the longest wait in whole weeks to the review date ({@code null}: none; below 0: 0)
     */
    public static DemandCount ofGroup(
            String lsoaCode,
            String primaryNeed,
            int age,
            String supportLevel,
            String setting,
            boolean waiting,
            int children,
            Integer longestWaitWeeks,
            Placement.Classifier placements) {
        return new DemandCount(
                lsoaCode,
                NeedCode.valueOf(primaryNeed),
                age,
                SupportLevel.valueOf(supportLevel),
                placements.of(setting == null ? "" : setting),
                waiting,
                children,
                longestWaitWeeks == null ? null : Math.max(0, longestWaitWeeks));
    }

    public AgeBand band() {
        return AgeBand.of(age).orElseThrow();
    }
}
