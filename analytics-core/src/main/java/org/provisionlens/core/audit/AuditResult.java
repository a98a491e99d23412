package org.provisionlens.core.audit;

import java.util.List;
import java.util.Map;

/**
 * The completeness audit of one Local Offer.
 *
 * @param categories one score per Schedule 2 category
 * @param gaps each listing's gaps (listings with none are left out)
 * @param unlistedOutOfArea out-of-area settings the area's children are placed in but the offer does not list, with
 *     how many children
 * @param fixes what to do, most important first
 */
public record AuditResult(
        List<CategoryScore> categories,
        Map<String, List<ListingGap>> gaps,
        Map<String, Integer> unlistedOutOfArea,
        List<Fix> fixes) {

    /**
     * @param services listings covering the category
     * @param complete those of them with no gap
     * @param score 0 when nothing covers the category; else 50 for being covered plus up to 50 for the share of its
     *     listings that are complete
     */
    public record CategoryScore(Schedule2Category category, int services, int complete, int score) {}

    /** One fix: what, why, and its priority (1 first). */
    public record Fix(int priority, String what, String why) {}

    /** The mean of the category scores, rounded. */
    public int overallScore() {
        return (int) Math.round(
                categories.stream().mapToInt(CategoryScore::score).average().orElse(0));
    }
}
