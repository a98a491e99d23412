package org.provisionlens.core.audit;

import java.util.List;
import java.util.Map;

/**
 * The completeness audit of one Local Offer.
 *
 * @param categories one score per Schedule 2 category
 * @param elements every element of every category, checked, in the table's order
 * @param listings each listing's completeness against the Open Referral UK fields, in the order given
 * @param unlistedOutOfArea out-of-area settings the area's children are placed in but the offer does not list, with
 *     how many children
 * @param fixes what to do, most important first
 */
public record AuditResult(
        List<CategoryScore> categories,
        List<ElementResult> elements,
        List<ListingCompleteness> listings,
        Map<String, Integer> unlistedOutOfArea,
        List<Fix> fixes) {

    /**
     * @param elements how many elements the category requires
     * @param met how many of them the offer shows
     * @param services the listings that show at least one of its elements
     * @param complete those of them that give every required Open Referral UK field
     * @param score the share of its elements met, 0-100, rounded
     */
    public record CategoryScore(
            Schedule2Category category, int elements, int met, int services, int complete, int score) {}

    /** One fix: what, why, and its priority (1 first). */
    public record Fix(int priority, String what, String why) {}

    /** The mean of the category scores, rounded. */
    public int overallScore() {
        return (int) Math.round(
                categories.stream().mapToInt(CategoryScore::score).average().orElse(0));
    }

    /** The listings no family can reach without the internet (no phone number, no postal address). */
    public List<ListingCompleteness> withoutOfflineRoute() {
        return listings.stream().filter(l -> !l.offlineRoute()).toList();
    }
}
