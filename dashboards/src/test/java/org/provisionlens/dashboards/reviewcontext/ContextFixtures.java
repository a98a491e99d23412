package org.provisionlens.dashboards.reviewcontext;

import org.provisionlens.dashboards.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A published Trafford run with the real October 2023 figures of NHS Greater Manchester ICB and England (NHS England's file, the demo's cut):
 *
 * <pre>
 *                          Greater Manchester                        England
 *   therapy               waiting  18-52  >52  over 18 %            waiting  18-52  >52   over 18 %     against
 *   Audiology               1,415    449   19   468 = 33.07%         18,702  4,357   661  5,018 = 26.83%  +6.2
 *   Community paediatrics   2,358    495    9   504 = 21.37%         83,253 36,093 14,033 50,126 = 60.21% -38.8
 *   Occupational therapy    1,409    501   20   521 = 36.98%         18,355  5,633 1,302  6,935 = 37.78%  -0.8
 *   Speech and language     6,647  1,610  492 2,102 = 31.62%         67,790 22,820 4,113 26,933 = 39.73%  -8.1
 * </pre>
 *
 * plus September's speech and language row of the ICB (7,684 waiting), which an October page must not show. The run's
 * thresholds: occupancy 90% and horizon 2 years from the manifest, waits 18 weeks and travel access 0.8 by default.
 */
final class ContextFixtures {

    static final String TRAFFORD = "E08000009";
    static final String HEALTH_CELL = "/review/cell?area=E08000009&need=ALL&age=ALL&domain=HEALTH&tier=SPECIALIST";

    private final JdbcTemplate jdbc;
    private long run;

    ContextFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Publishes the run and its rows; its id. */
    long greaterManchester() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.reset();
        run = fixtures.run("trafford-2025", TRAFFORD, "Trafford", "published", Fixtures.STARTED.plusMinutes(2));
        fixtures.publish(run, TRAFFORD);
        threshold("atRiskOccupancyPercent", 90, "manifest");
        threshold("atRiskWaitingWeeks", 18, "default");
        threshold("insufficientTravelAccess", 0.8, "default");
        threshold("horizonYears", 2, "manifest");
        wait("ICB", "Greater Manchester", "2023-10-01", "AUDIOLOGY", 1415, 449, 19);
        wait("ICB", "Greater Manchester", "2023-10-01", "COMMUNITY_PAEDIATRICS", 2358, 495, 9);
        wait("ICB", "Greater Manchester", "2023-10-01", "OCCUPATIONAL_THERAPY", 1409, 501, 20);
        wait("ICB", "Greater Manchester", "2023-10-01", "SPEECH_AND_LANGUAGE", 6647, 1610, 492);
        wait("ICB", "Greater Manchester", "2023-09-01", "SPEECH_AND_LANGUAGE", 7684, 2204, 647);
        wait("ENGLAND", "England", "2023-10-01", "AUDIOLOGY", 18702, 4357, 661);
        wait("ENGLAND", "England", "2023-10-01", "COMMUNITY_PAEDIATRICS", 83253, 36093, 14033);
        wait("ENGLAND", "England", "2023-10-01", "OCCUPATIONAL_THERAPY", 18355, 5633, 1302);
        wait("ENGLAND", "England", "2023-10-01", "SPEECH_AND_LANGUAGE", 67790, 22820, 4113);
        healthCell("ALL", "ALL");
        healthCell("ASD", "5-10"); // the jobs write a service's share in single need and age bands only
        service("S358-SALT", "Trafford Children's Speech and Language Therapy", "0.500000");
        service("S358-PHYSIO", "Trafford Children's Physiotherapy", "0.300000");
        service("S358-CAMHS", "Trafford Child and Adolescent Mental Health Service (CAMHS)", "0.200000");
        return run;
    }

    private void healthCell(String need, String age) {
        jdbc.update("""
                INSERT INTO sufficiency_cell (run_id, area_code, area_name, area_level, need_code, age_band, domain,
                    tier, ehc_plans, sen_support, demand, capacity, capacity_unit, out_of_area, within_reach,
                    horizon_year, forecast_demand, verdict, reason)
                VALUES (?, ?, 'Trafford', 'LA', ?, ?, 'HEALTH', 'SPECIALIST', 300, 0, 300, 250, 'CASELOAD', 0,
                        0, 2027, 330, 'insufficient', 'demand 300 exceeds capacity 250')
                """, run, TRAFFORD, need, age);
    }

    private void threshold(String name, double value, String source) {
        jdbc.update("INSERT INTO review_threshold VALUES (?, ?, ?, ?)", run, name, value, source);
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

    private void service(String id, String name, String share) {
        jdbc.update("""
                INSERT INTO service (run_id, service_id, name, domain, tier, needs, capacity, capacity_unit,
                                     categories, merged_from)
                VALUES (?, ?, ?, 'HEALTH', 'SPECIALIST', '{ASD}', 100, 'CASELOAD', '{}', 1)
                """, run, id, name);
        jdbc.update(
                "INSERT INTO sufficiency_cell_service VALUES (?, ?, 'ASD', '5-10', 'HEALTH', 'SPECIALIST', ?, ?)",
                run,
                TRAFFORD,
                id,
                new java.math.BigDecimal(share));
    }
}
