package org.provisionlens.dashboards.health;

import org.provisionlens.dashboards.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three published reviews and the NHS geography each read, written as the jobs would write them:
 *
 * <ul>
 *   <li>Trafford (place 02A) and Stockport (place 01W), both in NHS Greater Manchester Integrated Care Board, whose
 *       lookup has 10 sub-ICB locations; Sheffield (02P) in NHS South Yorkshire; and an older Stockport run, not the
 *       published one, whose cells must count nowhere.
 *   <li>Health, specialist (demand = referrals, no forecast): Trafford 120 referrals against a caseload of 150 (100 in
 *       use, longest wait 12 weeks), sufficient; Stockport 90 against 80 (78 in use, longest wait 30 weeks),
 *       insufficient. The ICB: 120 + 90 = 210 referrals against 150 + 80 = 230, 100 + 78 = 178 in use (77.4%, under
 *       95%), longest wait max(12, 30) = 30 weeks, longer than 18: at risk, not insufficient.
 *   <li>Social care, targeted (children on SEN support): Trafford 20 against 25 places, forecast 22 (growth 1.1),
 *       sufficient; Stockport 10 against 10, forecast 12, no data (hours in use of Stockport Short Breaks missing). The
 *       ICB: 30 against 35 places, forecast 22 + 12 = 34 = +13% (34 / 30 = 1.133), no data: Stockport's missing input.
 *   <li>Trafford's localities Sale (70 referrals against 90), Stretford (50 against 60) and Urmston (3 against 10: a
 *       count the board and the panel see as "fewer than 5"), health specialist.
 *   <li>NHS waits (NHS England's real figures, as in the demo's file, which runs from January to October 2023) for
 *       speech and language therapy in January, September and October 2023 for the ICB, England and Manchester
 *       University NHS Foundation Trust, and audiology in October 2023 for the ICB and the trust.
 * </ul>
 */
public final class HealthFixtures {

    static final String TRAFFORD = "E08000009";
    static final String STOCKPORT = "E08000007";
    static final String SHEFFIELD = "E08000019";
    static final String GM = "E54000057";
    static final String GM_NAME = "NHS Greater Manchester Integrated Care Board";
    static final String MFT = "Manchester University NHS Foundation Trust";

    private static final String[] GM_PLACES = {
        "E38000016,00T", "E38000024,00V", "E38000080,01D", "E38000135,00Y", "E38000143,01G",
        "E38000174,01W", "E38000187,02A", "E38000205,02H", "E38000217,14L", "E38000263,01Y"
    };

    private final JdbcTemplate jdbc;
    long trafford;

    public HealthFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void publish() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.reset();
        trafford = published(fixtures, "trafford-2025", TRAFFORD, "Trafford", "E38000187");
        long stockport = published(fixtures, "stockport-2025", STOCKPORT, "Stockport", "E38000174");
        long older = fixtures.run("stockport-2024", STOCKPORT, "Stockport", "published", Fixtures.STARTED);
        geography(older);
        place(older, "E38000174");
        long sheffield = fixtures.run("sheffield-2025", SHEFFIELD, "Sheffield", "published", Fixtures.STARTED);
        fixtures.publish(sheffield, SHEFFIELD);
        geography(sheffield);
        place(sheffield, "E38000006");

        referralCell(trafford, TRAFFORD, "Trafford", "LA", 120, 150, 100, 12, "sufficient", "Trafford health");
        referralCell(trafford, "E02001259", "Sale", "LOCALITY", 70, 90, 60, 12, "sufficient", "Sale health");
        referralCell(trafford, "E02001263", "Stretford", "LOCALITY", 50, 60, 40, 10, "sufficient", "Stretford");
        referralCell(
                trafford,
                "E02001270",
                "Urmston",
                "LOCALITY",
                3,
                10,
                2,
                6,
                "sufficient",
                "All needs, all ages, health, specialist, Urmston: 3 referrals (in use plus waiting), 10 caseload");
        referralCell(stockport, STOCKPORT, "Stockport", "LA", 90, 80, 78, 30, "insufficient", "Stockport health");
        referralCell(older, STOCKPORT, "Stockport", "LA", 9000, 10, 10, 99, "insufficient", "old run");
        referralCell(sheffield, SHEFFIELD, "Sheffield", "LA", 5000, 10, 10, 99, "insufficient", "Sheffield");
        careCell(trafford, TRAFFORD, "Trafford", 20, 25, 1.1, 22, "sufficient", "Trafford care");
        careCell(
                stockport,
                STOCKPORT,
                "Stockport",
                10,
                10,
                1.2,
                12,
                "no_data",
                "All needs, all ages, social care, targeted, Stockport: 10 children on SEN support eligible for its"
                        + " services, 10 places; no data: hours in use of Stockport Short Breaks");
        waits();
    }

    private long published(Fixtures fixtures, String manifest, String code, String name, String place) {
        long run = fixtures.run(manifest, code, name, "published", Fixtures.STARTED.plusMinutes(2));
        fixtures.publish(run, code);
        geography(run);
        place(run, place);
        return run;
    }

    /** The 10 Greater Manchester rows and South Yorkshire's 02P, as every run's lookup holds them. */
    private void geography(long run) {
        for (String gm : GM_PLACES) {
            String[] codes = gm.split(",");
            jdbc.update(
                    "INSERT INTO health_geography VALUES (?, ?, ?, ?, ?, 'QOP', ?, 'E40000010', 'North West')",
                    run,
                    codes[0],
                    codes[1],
                    "NHS Greater Manchester ICB - " + codes[1],
                    GM,
                    GM_NAME);
        }
        jdbc.update("""
                INSERT INTO health_geography VALUES (?, 'E38000006', '02P', 'NHS South Yorkshire ICB - 02P',
                    'E54000061', 'QF7', 'NHS South Yorkshire Integrated Care Board', 'E40000012',
                    'North East and Yorkshire')
                """, run);
    }

    private void place(long run, String subIcb) {
        jdbc.update("INSERT INTO run_health_place VALUES (?, ?)", run, subIcb);
    }

    private void referralCell(
            long run,
            String code,
            String name,
            String level,
            int referrals,
            int caseload,
            int inUse,
            int longestWait,
            String verdict,
            String reason) {
        jdbc.update(
                """
                INSERT INTO sufficiency_cell (run_id, area_code, area_name, area_level, need_code, age_band, domain,
                    tier, ehc_plans, sen_support, demand, capacity, capacity_unit, in_use, waiting_list,
                    max_waiting_weeks, out_of_area, within_reach, horizon_year, forecast_demand, verdict, reason,
                    referrals)
                VALUES (?, ?, ?, ?, 'ALL', 'ALL', 'HEALTH', 'SPECIALIST', 0, 0, ?, ?, 'caseload', ?, ?, ?, 0, 0,
                        2027, ?, ?, ?, ?)
                """,
                run,
                code,
                name,
                level,
                referrals,
                caseload,
                inUse,
                referrals - inUse,
                longestWait,
                referrals,
                verdict,
                reason,
                referrals);
    }

    private void careCell(
            long run,
            String code,
            String name,
            int senSupport,
            int places,
            double growth,
            int forecast,
            String verdict,
            String reason) {
        jdbc.update(
                """
                INSERT INTO sufficiency_cell (run_id, area_code, area_name, area_level, need_code, age_band, domain,
                    tier, ehc_plans, sen_support, demand, capacity, capacity_unit, out_of_area, within_reach,
                    growth, horizon_year, forecast_demand, verdict, reason)
                VALUES (?, ?, ?, 'LA', 'ALL', 'ALL', 'SOCIAL_CARE', 'TARGETED', 0, ?, ?, ?, 'places', 0, ?, ?, 2027,
                        ?, ?, ?)
                """, run, code, name, senSupport, senSupport, places, senSupport, growth, forecast, verdict, reason);
    }

    private void waits() {
        wait("ICB", "Greater Manchester", "2023-01-01", "SPEECH_AND_LANGUAGE", 5847, 2108, 518);
        wait("ICB", "Greater Manchester", "2023-09-01", "SPEECH_AND_LANGUAGE", 7684, 2204, 647);
        wait("ICB", "Greater Manchester", "2023-10-01", "SPEECH_AND_LANGUAGE", 6647, 1610, 492);
        wait("ENGLAND", "England", "2023-01-01", "SPEECH_AND_LANGUAGE", 67774, 20810, 2980);
        wait("ENGLAND", "England", "2023-09-01", "SPEECH_AND_LANGUAGE", 65057, 22974, 4156);
        wait("ENGLAND", "England", "2023-10-01", "SPEECH_AND_LANGUAGE", 67790, 22820, 4113);
        wait("PROVIDER", MFT, "2023-01-01", "SPEECH_AND_LANGUAGE", 1924, 741, 40);
        wait("PROVIDER", MFT, "2023-09-01", "SPEECH_AND_LANGUAGE", 2124, 999, 15);
        wait("PROVIDER", MFT, "2023-10-01", "SPEECH_AND_LANGUAGE", 2055, 927, 4);
        wait("ICB", "Greater Manchester", "2023-10-01", "AUDIOLOGY", 1415, 449, 19);
        wait("PROVIDER", MFT, "2023-10-01", "AUDIOLOGY", 718, 139, 3);
    }

    private void wait(String type, String area, String month, String therapy, int waiting, int over18, int over52) {
        jdbc.update(
                "INSERT INTO community_wait VALUES (?, ?, ?, ?::date, ?, ?, ?, ?)",
                trafford,
                type,
                area,
                month,
                therapy,
                waiting,
                over18,
                over52);
    }
}
