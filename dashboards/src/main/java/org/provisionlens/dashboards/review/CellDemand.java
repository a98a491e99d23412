package org.provisionlens.dashboards.review;

import java.math.BigDecimal;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.DemandDefinition;
import org.provisionlens.dashboards.Formats;

/**
 * Who counts as demand in a cell, and the measures compared apart from its places: services' referrals, hours
 * (compared only with hours), caseload services in a cell whose demand is children placed, and placements outside the
 * LA whose cost is not known. A run published before demand definitions were written gives the definition of its
 * domain and tier as the core states it, and no referrals, hours or caseload.
 */
record CellDemand(
        String definition,
        int referrals,
        BigDecimal hoursAvailable,
        BigDecimal hoursUsed,
        Integer hoursWaiting,
        Integer supportReferrals,
        BigDecimal supportCaseload,
        BigDecimal supportInUse,
        int costUnknown) {

    static CellDemand of(CellDemand published, CellRef ref) {
        if (published != null && published.definition() != null) {
            return published;
        }
        String who = DemandDefinition.of(Domain.valueOf(ref.domain()), Tier.valueOf(ref.tier()))
                .who();
        return published == null
                ? new CellDemand(who, 0, null, null, null, null, null, null, 0)
                : new CellDemand(
                        who,
                        published.referrals(),
                        published.hoursAvailable(),
                        published.hoursUsed(),
                        published.hoursWaiting(),
                        published.supportReferrals(),
                        published.supportCaseload(),
                        published.supportInUse(),
                        published.costUnknown());
    }

    /** "473 used of 473 hours a week; 73 children waiting", or null when no service counts hours. */
    public String hoursText() {
        if (hoursAvailable == null) {
            return null;
        }
        String used = hoursUsed == null ? "use not reported" : Numbers.plain(hoursUsed) + " used";
        return used + " of " + Numbers.plain(hoursAvailable) + " hours a week; "
                + Formats.count(hoursWaiting == null ? 0 : hoursWaiting) + " children waiting";
    }

    /** "181 referrals (in use plus waiting) against a caseload of 177", or null when none. */
    public String supportText() {
        if (supportCaseload == null) {
            return null;
        }
        return Formats.count(supportReferrals == null ? 0 : supportReferrals)
                + " referrals (in use plus waiting) against a caseload of " + Numbers.plain(supportCaseload);
    }
}
