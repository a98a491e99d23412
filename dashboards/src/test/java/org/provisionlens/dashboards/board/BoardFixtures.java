package org.provisionlens.dashboards.board;

import org.provisionlens.dashboards.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A published Trafford run with what the board pack reads (the NHS figures of October 2023 are NHS England's for NHS
 * Greater Manchester ICB and England; January's speech and language row is made up for the trend):
 *
 * <pre>
 * LA cells (health and social care; education is never in the pack)
 *   HEALTH SPECIALIST ALL ALL     at risk       300 referrals, 290 caseload; 2 localities at risk or insufficient
 *   SOCIAL_CARE SPECIALIST ALL ALL sufficient   40 children, 60 places
 *   HEALTH SPECIALIST ASD 5-10    insufficient  120 referrals, 100 caseload, 20 waiting, 30 weeks
 *   SOCIAL_CARE SPECIALIST SLCN 11-15 at risk   3 children (shown "fewer than 5"), 4 places, 75%
 *   HEALTH TARGETED MLD 0-4 sufficient; HEALTH SPECIALIST SEMH 16-19 no data; EDUCATION SPECIALIST ASD 5-10 insufficient
 *   leaf cells by verdict: health 1 insufficient, 1 sufficient, 1 no data (3); social care 1 at risk (1)
 *
 * NHS waits, ICB                       waiting  over 18 weeks            England over 18 weeks
 *   Audiology, Oct 2023                  1,415  449 + 19 = 468 = 33.07%   5,018 / 18,702 = 26.83%  6.2 points above
 *   Speech and language, Oct 2023        6,647  1,610 + 492 = 2,102 = 31.62%  26,933 / 67,790 = 39.73%  8.1 below
 *   Speech and language, Jan 2023        5,120  1,300 + 88 = 1,388 = 27.11%
 *
 * Services (thresholds: occupancy 90% from the manifest, waits 18 weeks by default)
 *   S-SALT   health specialist   100 caseload, 98 in use, 40 waiting, 26 weeks; LA 40% £80,000, ICB 60% £120,000
 *            98 + 40 - 100 = 38 over; 98% full; 26 > 18: under pressure; total £200,000
 *   S-CAMHS  health specialist   200 caseload, 150 in use, 3 waiting, 20 weeks; ICB only (not jointly funded)
 *   S-BREAKS social care         60 places, 30 in use, 0 waiting, 4 weeks; JOINT 100%, no amount: 50%, not under
 *   S-EQUIP  health targeted     nothing known; LA 50% £30,000, ICB 50%: "at least £30,000", cannot tell
 *   S-SCHOOL education           no funding rows
 * </pre>
 */
public final class BoardFixtures {

    static final String TRAFFORD = "E08000009";

    private final JdbcTemplate jdbc;
    private long run;

    public BoardFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long trafford() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.reset();
        run = fixtures.run("trafford-2025", TRAFFORD, "Trafford", "published", Fixtures.STARTED.plusMinutes(2));
        fixtures.publish(run, TRAFFORD);
        jdbc.update("INSERT INTO review_threshold VALUES (?, 'atRiskOccupancyPercent', 90, 'manifest')", run);
        jdbc.update("INSERT INTO review_threshold VALUES (?, 'atRiskWaitingWeeks', 18, 'default')", run);
        cells();
        waits();
        services();
        return run;
    }

    private void cells() {
        cell(
                "LA",
                "HEALTH",
                "SPECIALIST",
                "ALL",
                "ALL",
                "at_risk",
                300,
                290,
                "CASELOAD",
                96.6,
                12,
                30,
                "Health, specialist, Trafford: 300 referrals, 290 caseload; 97% full");
        cell(
                "LA",
                "SOCIAL_CARE",
                "SPECIALIST",
                "ALL",
                "ALL",
                "sufficient",
                40,
                60,
                "PLACES",
                66.7,
                0,
                null,
                "Social care, specialist, Trafford: 40 children with plans, 60 places");
        cell(
                "LA",
                "HEALTH",
                "SPECIALIST",
                "ASD",
                "5-10",
                "insufficient",
                120,
                100,
                "CASELOAD",
                100.0,
                20,
                30,
                "ASD, 5-10, health, specialist, Trafford: 120 referrals, 100 caseload; demand exceeds capacity by 20");
        cell(
                "LA",
                "SOCIAL_CARE",
                "SPECIALIST",
                "SLCN",
                "11-15",
                "at_risk",
                3,
                4,
                "PLACES",
                75.0,
                0,
                null,
                "SLCN, 11-15, social care, specialist, Trafford: 3 children with plans, 4 places; forecast demand 5"
                        + " by 2027 exceeds capacity");
        cell("LA", "HEALTH", "TARGETED", "MLD", "0-4", "sufficient", 10, 40, "CASELOAD", 25.0, 0, 2, "fine");
        cell(
                "LA",
                "HEALTH",
                "SPECIALIST",
                "SEMH",
                "16-19",
                "no_data",
                8,
                null,
                null,
                null,
                null,
                null,
                "no data: capacity");
        cell(
                "LA",
                "EDUCATION",
                "SPECIALIST",
                "ASD",
                "5-10",
                "insufficient",
                200,
                150,
                "PLACES",
                100.0,
                50,
                null,
                "education is not the board's");
        cell("E02001", "HEALTH", "SPECIALIST", "ALL", "ALL", "at_risk", 100, 98, "CASELOAD", 95.0, 2, 30, "Sale");
        cell(
                "E02002",
                "HEALTH",
                "SPECIALIST",
                "ALL",
                "ALL",
                "insufficient",
                100,
                80,
                "CASELOAD",
                100.0,
                20,
                30,
                "Altr");
        cell("E02003", "HEALTH", "SPECIALIST", "ALL", "ALL", "sufficient", 100, 112, "CASELOAD", 80.0, 0, 2, "Urm");
    }

    private void cell(
            String area,
            String domain,
            String tier,
            String need,
            String age,
            String verdict,
            int demand,
            Integer capacity,
            String unit,
            Double occupancy,
            Integer waiting,
            Integer weeks,
            String reason) {
        boolean la = "LA".equals(area);
        jdbc.update(
                """
                INSERT INTO sufficiency_cell (run_id, area_code, area_name, area_level, need_code, age_band, domain,
                    tier, ehc_plans, sen_support, demand, capacity, capacity_unit, occupancy_pct, waiting_list,
                    max_waiting_weeks, out_of_area, within_reach, horizon_year, forecast_demand, verdict, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, 0, 0, 2027, ?, ?, ?)
                """,
                run,
                la ? TRAFFORD : area,
                la ? "Trafford" : area,
                la ? "LA" : "LOCALITY",
                need,
                age,
                domain,
                tier,
                demand,
                capacity,
                unit,
                occupancy,
                waiting,
                weeks,
                demand,
                verdict,
                reason);
    }

    private void waits() {
        wait("ICB", "Greater Manchester", "2023-10-01", "AUDIOLOGY", 1415, 449, 19);
        wait("ICB", "Greater Manchester", "2023-10-01", "SPEECH_AND_LANGUAGE", 6647, 1610, 492);
        wait("ICB", "Greater Manchester", "2023-01-01", "SPEECH_AND_LANGUAGE", 5120, 1300, 88);
        wait("ENGLAND", "England", "2023-10-01", "AUDIOLOGY", 18702, 4357, 661);
        wait("ENGLAND", "England", "2023-10-01", "SPEECH_AND_LANGUAGE", 67790, 22820, 4113);
    }

    private void wait(String type, String area, String month, String therapy, int waiting, int over18, int over52) {
        jdbc.update(
                "INSERT INTO community_wait VALUES (?, ?, ?, ?::date, ?, ?, ?, ?)",
                run,
                type,
                area,
                month,
                therapy,
                waiting,
                over18,
                over52);
    }

    private void services() {
        service(
                "S-SALT",
                "Trafford Children's Speech and Language Therapy",
                "HEALTH",
                "SPECIALIST",
                100,
                "CASELOAD",
                98,
                40,
                26);
        service("S-CAMHS", "Trafford CAMHS", "HEALTH", "SPECIALIST", 200, "CASELOAD", 150, 3, 20);
        service("S-BREAKS", "Trafford Short Breaks", "SOCIAL_CARE", "SPECIALIST", 60, "PLACES", 30, 0, 4);
        service("S-EQUIP", "Community Equipment Service", "HEALTH", "TARGETED", null, null, null, null, null);
        service("S-SCHOOL", "Alpha School", "EDUCATION", "UNIVERSAL", 100, "PLACES", 90, null, null);
        funding("S-SALT", "LA", "Trafford Council", 40, 80000);
        funding("S-SALT", "ICB", "NHS Greater Manchester ICB", 60, 120000);
        funding("S-CAMHS", "ICB", "NHS Greater Manchester ICB", 100, 500000);
        funding("S-BREAKS", "JOINT", "Trafford pooled budget", 100, null);
        funding("S-EQUIP", "LA", "Trafford Council", 50, 30000);
        funding("S-EQUIP", "ICB", null, 50, null);
    }

    private void service(
            String id,
            String name,
            String domain,
            String tier,
            Integer capacity,
            String unit,
            Integer inUse,
            Integer waiting,
            Integer weeks) {
        jdbc.update("""
                INSERT INTO service (run_id, service_id, name, domain, tier, needs, capacity, capacity_unit,
                                     current_use, waiting_list, waiting_weeks, categories, merged_from)
                VALUES (?, ?, ?, ?, ?, '{ASD}', ?, ?, ?, ?, ?, '{}', 1)
                """, run, id, name, domain, tier, capacity, unit, inUse, waiting, weeks);
    }

    private void funding(String id, String funder, String name, Integer share, Integer amount) {
        jdbc.update(
                "INSERT INTO service_funding VALUES (?, ?, ?, ?, ?, ?, 'section 75 agreement')",
                run,
                id,
                funder,
                name,
                share,
                amount);
    }
}
