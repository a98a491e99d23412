package org.provisionlens.core.demand;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One month's waiting list of one children's community health service in one area, as NHS England publishes it: how
 * many children and young people wait, and how many have waited more than 18 weeks (the referral-to-treatment
 * standard) and more than 52. A count the source does not give is {@code null} (not reported), never zero.
 *
 * @param areaType England, an NHS region, an integrated care board or a provider trust
 * @param area the area's name (e.g. {@code Greater Manchester} for NHS Greater Manchester ICB)
 * @param waiting the total waiting list at the end of the month
 * @param over18To52Weeks waiting more than 18 and up to 52 weeks
 * @param over52Weeks waiting more than 52 weeks
 */
public record CommunityWait(
        AreaType areaType,
        String area,
        YearMonth month,
        Therapy therapy,
        Integer waiting,
        Integer over18To52Weeks,
        Integer over52Weeks) {

    /** The kind of area a row is for. */
    public enum AreaType {
        ENGLAND,
        REGION,
        ICB,
        PROVIDER
    }

    public CommunityWait {
        Objects.requireNonNull(areaType, "areaType");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(therapy, "therapy");
        for (Integer count : new Integer[] {waiting, over18To52Weeks, over52Weeks}) {
            if (count != null && count < 0) {
                throw new IllegalArgumentException("a waiting-list count cannot be negative: " + count);
            }
        }
        Integer over18 = sum(over18To52Weeks, over52Weeks);
        if (waiting != null && over18 != null && over18 > waiting) {
            throw new IllegalArgumentException(
                    "more waiting over 18 weeks (" + over18 + ") than on the list (" + waiting + ")");
        }
    }

    /** Waiting more than 18 weeks (18-52 plus over 52), or {@code null} when either is not reported. */
    public Integer over18Weeks() {
        return sum(over18To52Weeks, over52Weeks);
    }

    /** The share waiting more than 18 weeks, in percent, or {@code null} when not known (or nobody waits). */
    public Double percentOver18Weeks() {
        Integer over18 = over18Weeks();
        if (over18 == null || waiting == null || waiting == 0) {
            return null;
        }
        return 100.0 * over18 / waiting;
    }

    private static Integer sum(Integer a, Integer b) {
        return a == null || b == null ? null : a + b;
    }
}
