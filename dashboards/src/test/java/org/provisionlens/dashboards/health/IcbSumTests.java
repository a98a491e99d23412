package org.provisionlens.dashboards.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.sufficiency.VerdictThresholds;

/** The ICB's cells: the LAs' cells added up and judged again by the core's rules (the numbers are worked in each). */
class IcbSumTests {

    static final String GM = "E54000057";
    static final String GM_NAME = "NHS Greater Manchester Integrated Care Board";

    @Test
    void pooledReferralsAreAtRiskWhereOneLaIsShortBecauseTheOtherHasRoom() {
        // Trafford 120 referrals against 150 caseload (100 in use, longest wait 12); Stockport 90 against 80 (78 in
        // use, 30 weeks): 210 against 230, 178 / 230 = 77.4% in use (under 95%), longest wait 30 > 18: at risk.
        List<IcbCell> cells = judged(
                part("Trafford", referrals(120, 150, 100, 12, "sufficient")),
                part("Stockport", referrals(90, 80, 78, 30, "insufficient")));

        assertThat(cells).hasSize(1);
        IcbCell cell = cells.get(0);
        assertThat(cell.laNames()).containsExactly("Stockport", "Trafford");
        assertThat(cell.demand()).isEqualTo(210);
        assertThat(cell.capacityText()).isEqualTo("230 caseload");
        assertThat(cell.verdict()).isEqualTo("at_risk");
        assertThat(cell.reason())
                .isEqualTo("All needs, all ages, health, specialist, " + GM_NAME + ": 210 referrals (in use plus"
                        + " waiting), 230 caseload; the longest wait is 30 weeks (services' typical waits and"
                        + " children's waiting dates), longer than the NHS 18-week referral-to-treatment standard");
    }

    @Test
    void anInputMissingInOneLaLeavesTheSumWithNoDataNamingTheLa() {
        // 20 + 10 = 30 children on SEN support against 25 + 10 = 35 places; forecast 22 + 12 = 34, 34 / 30 = +13%
        List<IcbCell> cells = judged(
                part("Trafford", care(20, 25.0, 1.1, 22, "sufficient", "Trafford: 20 children")),
                part(
                        "Stockport",
                        care(
                                10,
                                10.0,
                                1.2,
                                12,
                                "no_data",
                                "Stockport: 10 children; no data: hours in use of Stockport Short Breaks")));

        assertThat(cells.get(0).verdict()).isEqualTo("no_data");
        assertThat(cells.get(0).reason())
                .isEqualTo("All needs, all ages, social care, targeted, " + GM_NAME + ": 30 children on SEN support"
                        + " eligible for its services, 35 places; EHC plans forecast +13% by 2027; no data: Stockport:"
                        + " hours in use of Stockport Short Breaks");
    }

    @Test
    void aServiceOfUnknownCapacityStaysUnknownAndOnlyMattersWhereDemandExceedsTheKnownPlaces() {
        String reason = "Bury: 30 children; no data: capacity of Bury Short Breaks (demand exceeds the 20 known)";
        CareCell bury = care(30, 20.0, null, 30, "no_data", reason);
        IcbSum.Part buryPart = new IcbSum.Part("Bury", bury, Set.of("Bury Short Breaks"));

        // 30 + 10 = 40 children against 20 + 15 = 35 known places, one service's capacity unknown: no data, not short
        IcbCell short_ = judged(buryPart, part("Bolton", care(10, 15.0, null, 10, "sufficient", "Bolton")))
                .get(0);
        assertThat(short_.verdict()).isEqualTo("no_data");
        assertThat(short_.reason())
                .endsWith(": 40 children on SEN support eligible for its services, 35 places known (capacity of 1"
                        + " service unknown); no data: capacity of Bury Short Breaks (demand exceeds the 35 known)");

        // 40 children against 20 + 25 = 45 known places: 40 / 45 = 88.9% full (under 95), all within reach: sufficient
        IcbCell room = judged(buryPart, part("Bolton", care(10, 25.0, null, 10, "sufficient", "Bolton")))
                .get(0);
        assertThat(room.verdict()).isEqualTo("sufficient");
        assertThat(room.reason())
                .endsWith(": 40 children on SEN support eligible for its services, 45 places known (capacity of 1"
                        + " service unknown)");
    }

    /** The ICB's cells of the parts, judged with the default thresholds and a 2027 horizon. */
    private static List<IcbCell> judged(IcbSum.Part... parts) {
        return IcbSum.of(GM, GM_NAME, List.of(parts), VerdictThresholds.defaults(), 2027);
    }

    private static IcbSum.Part part(String la, CareCell cell) {
        return new IcbSum.Part(la, cell, Set.of());
    }

    /** A health specialist cell of an LA: demand is referrals (in use plus waiting), no forecast. */
    static CareCell referrals(int referrals, int caseload, int inUse, int longestWait, String verdict) {
        return new CareCell(
                "E08",
                "LA",
                "HEALTH",
                "SPECIALIST",
                0,
                0,
                referrals,
                referrals,
                (double) caseload,
                "caseload",
                (double) inUse,
                referrals - inUse,
                longestWait,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                null,
                0,
                0,
                null,
                2027,
                referrals,
                verdict,
                "LA: " + referrals + " referrals");
    }

    /** A social care targeted cell of an LA: children on SEN support, all within reach. */
    static CareCell care(int children, Double places, Double growth, int forecast, String verdict, String reason) {
        return new CareCell(
                "E08",
                "LA",
                "SOCIAL_CARE",
                "TARGETED",
                0,
                children,
                0,
                children,
                places,
                "places",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                null,
                0,
                children,
                growth,
                2027,
                forecast,
                verdict,
                reason);
    }
}
