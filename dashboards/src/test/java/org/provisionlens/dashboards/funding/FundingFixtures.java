package org.provisionlens.dashboards.funding;

import java.math.BigDecimal;
import org.provisionlens.dashboards.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A published Trafford run with five services, four of them with funding rows:
 *
 * <pre>
 *   service        domain        funders (share, a year)
 *   CAMHS          HEALTH        ICB 80% £400,000; LA 20% £100,000            jointly funded (two funders)
 *   Physiotherapy  HEALTH        ICB 100%, amount not given                   one funder
 *   SENDIASS       EDUCATION     JOINT 100% £50,000                           jointly funded (pooled budget)
 *   Short breaks   SOCIAL_CARE   LA 75% £90,000; ICB 25% £30,000              jointly funded (two funders)
 *   Portage        EDUCATION     no funding row
 * </pre>
 *
 * Totals: education JOINT £50,000; health LA £100,000 + ICB £400,000 = £500,000; social care LA £90,000 + ICB £30,000
 * = £120,000. By funder: LA £190,000 (190/670 = 28.4%), ICB £430,000 (64.2%), JOINT £50,000 (7.5%); £670,000 in all.
 */
public final class FundingFixtures {

    static final String TRAFFORD = "E08000009";

    private final JdbcTemplate jdbc;
    private long run;

    public FundingFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long trafford() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.reset();
        run = fixtures.run("trafford-2025", TRAFFORD, "Trafford", "published", Fixtures.STARTED.plusMinutes(2));
        fixtures.publish(run, TRAFFORD);
        service("services:S-CAMHS", "CAMHS", "HEALTH");
        service("services:S-PHYSIO", "Physiotherapy", "HEALTH");
        service("services:S-IASS", "SENDIASS", "EDUCATION");
        service("services:S-SB", "Short breaks", "SOCIAL_CARE");
        service("services:S-PORTAGE", "Portage", "EDUCATION");
        funding("services:S-CAMHS", "ICB", "NHS Greater Manchester ICB", "80", "400000", "Section 75 agreement");
        funding("services:S-CAMHS", "LA", "Trafford Council", "20", "100000", "Section 75 agreement");
        funding("services:S-PHYSIO", "ICB", null, "100", null, null);
        funding("services:S-IASS", "JOINT", null, "100", "50000", "Pooled budget");
        funding("services:S-SB", "LA", "Trafford Council", "75", "90000", "Short breaks duty");
        funding("services:S-SB", "ICB", null, "25", "30000", "Continuing care");
        return run;
    }

    private void service(String id, String name, String domain) {
        jdbc.update("""
                INSERT INTO service (run_id, service_id, name, domain, tier, needs, categories, merged_from)
                VALUES (?, ?, ?, ?, 'SPECIALIST', '{}', '{}', 1)
                """, run, id, name, domain);
    }

    private void funding(String id, String funder, String name, String share, String amount, String arrangement) {
        jdbc.update(
                "INSERT INTO service_funding VALUES (?, ?, ?, ?, ?, ?, ?)",
                run,
                id,
                funder,
                name,
                new BigDecimal(share),
                amount == null ? null : new BigDecimal(amount),
                arrangement);
    }
}
