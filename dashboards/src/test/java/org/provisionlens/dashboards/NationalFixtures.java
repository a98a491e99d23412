package org.provisionlens.dashboards;

import org.provisionlens.dashboards.audit.AuditFixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Local authorities published as a national run publishes them: headline (with EHC plans), thresholds, services,
 * sufficiency cells and the services behind them, localities, comments and the audit; none of the schools-based
 * specialist sufficiency, boundaries, LSOA population, NHS waits, funding, consultation, forecasts or place planning.
 * Each LA has its own run and its own published pointer.
 */
public final class NationalFixtures {

    private final JdbcTemplate jdbc;
    private final Fixtures fixtures;

    public NationalFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.fixtures = new Fixtures(jdbc);
    }

    /** Publishes the LA's run; its one locality is {@code <la>-L1}, its LA-wide cells are areas {@code la}. */
    public long publish(String la, String name, int plans) {
        long run = fixtures.run("national-202425", la, name, "published", Fixtures.STARTED.plusMinutes(2));
        fixtures.publish(run, la);
        fixtures.headline(run, la, "999", name, plans, 0, 0, 0);
        jdbc.update("INSERT INTO review_threshold VALUES (?, 'atRiskOccupancyPercent', 95, 'default')", run);
        jdbc.update("INSERT INTO review_threshold VALUES (?, 'atRiskWaitingWeeks', 18, 'default')", run);
        service(run, "svc-1", name + " Special School", "EDUCATION", "SPECIALIST", "PLACES", 100, 90);
        service(run, "svc-2", name + " Speech and Language Therapy", "HEALTH", "TARGETED", "CASELOAD", 40, 30);
        jdbc.update(
                "INSERT INTO locality_lsoa (run_id, locality_code, locality_name, lsoa_code) VALUES (?, ?, ?, ?)",
                run,
                la + "-L1",
                name + " North",
                "E01000001");
        cell(run, la, name, "LA", "EDUCATION", "SPECIALIST", 120, 100, "insufficient", "svc-1");
        cell(
                run,
                la + "-L1",
                name + " North",
                "LOCALITY",
                "EDUCATION",
                "SPECIALIST",
                120,
                100,
                "insufficient",
                "svc-1");
        cell(run, la, name, "LA", "HEALTH", "TARGETED", 30, 40, "sufficient", "svc-2");
        comment(run, "C1", "The special school is good, my son is happy there", "svc-1", "POSITIVE");
        comment(run, "C2", "We waited too long for speech therapy", "svc-2", "NEGATIVE");
        AuditFixtures.write(jdbc, run);
        return run;
    }

    private void service(
            long run, String id, String name, String domain, String tier, String unit, int capacity, int inUse) {
        jdbc.update("""
                INSERT INTO service (run_id, service_id, name, organisation, domain, tier, needs, min_age, max_age,
                                     capacity, capacity_unit, current_use, funder, in_area, categories, merged_from)
                VALUES (?, ?, ?, 'The council', ?, ?, '{ASD}', 4, 19, ?, ?, ?, 'LA', true, '{}', 1)
                """, run, id, name, domain, tier, capacity, unit, inUse);
    }

    private void cell(
            long run,
            String area,
            String areaName,
            String level,
            String domain,
            String tier,
            int demand,
            int capacity,
            String verdict,
            String service) {
        jdbc.update(
                """
                INSERT INTO sufficiency_cell (run_id, area_code, area_name, area_level, need_code, age_band, domain,
                                              tier, ehc_plans, sen_support, demand, capacity, capacity_unit, in_use,
                                              spare, occupancy_pct, out_of_area, within_reach, horizon_year,
                                              forecast_demand, gap, verdict, reason, referrals,
                                              out_of_area_cost_unknown)
                VALUES (?, ?, ?, ?, 'ALL', 'ALL', ?, ?, ?, 0, ?, ?, 'places', ?, 0, 100, 0, ?, 2028, ?, ?, ?, ?, 0, 0)
                """,
                run,
                area,
                areaName,
                level,
                domain,
                tier,
                demand,
                demand,
                capacity,
                capacity,
                demand,
                demand,
                demand - capacity,
                verdict,
                areaName + ": " + demand + " children against " + capacity + " places");
        jdbc.update("""
                INSERT INTO sufficiency_cell_service (run_id, area_code, need_code, age_band, domain, tier, service_id,
                                                      share)
                VALUES (?, ?, 'ALL', 'ALL', ?, ?, ?, 1)
                """, run, area, domain, tier, service);
    }

    private void comment(long run, String id, String text, String service, String stance) {
        jdbc.update("""
                INSERT INTO comment_received (run_id, comment_id, received_on, respondent_type, channel, text,
                                              service_reference)
                VALUES (?, ?, DATE '2025-03-01', 'PARENT_CARER', 'survey', ?, ?)
                """, run, id, text, service);
        jdbc.update("""
                INSERT INTO comment_anonymised (run_id, comment_id, received_on, respondent_type, channel,
                                                service_reference, anonymised_text, replacements, held_for_review)
                VALUES (?, ?, DATE '2025-03-01', 'PARENT_CARER', 'survey', ?, ?, 0, false)
                """, run, id, service, text);
        jdbc.update(
                "INSERT INTO comment_theme VALUES (?, ?, 'waiting_times', 'Waiting times', ?, ?)",
                run,
                id,
                stance,
                text);
        jdbc.update("INSERT INTO comment_link VALUES (?, ?, 'service', ?, 'reference')", run, id, service);
    }
}
