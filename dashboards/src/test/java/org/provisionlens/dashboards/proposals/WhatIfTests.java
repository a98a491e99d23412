package org.provisionlens.dashboards.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.ProposalReader;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Fixtures;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.PublishedRuns;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The what-if keeps the LA's baseline while its run stays published and loads the new one when another run is
 * published; and how long a proposal takes once the baseline is loaded (logged, not asserted: machines differ).
 */
@DashboardsTest
class WhatIfTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WhatIf whatIf;

    @Autowired
    PublishedRuns runs;

    ProposalsFixtures fixtures;

    @BeforeEach
    void trafford() {
        fixtures = new ProposalsFixtures(jdbc).trafford();
    }

    @Test
    void keepsTheBaselineUntilAnotherRunIsPublished() {
        PublishedRun run = runs.published(ProposalsFixtures.TRAFFORD).orElseThrow();
        Baseline first = whatIf.baseline(run).orElseThrow();
        assertThat(first.runId()).isEqualTo(fixtures.run);
        assertThat(whatIf.baseline(run).orElseThrow()).isSameAs(first);

        long next = fixtures.fixtures.run(
                "trafford-2026", ProposalsFixtures.TRAFFORD, "Trafford", "published", Fixtures.STARTED.plusDays(1));
        jdbc.update(
                "INSERT INTO review_headline VALUES (?, ?, '358', 'Trafford', '202425', 100, 0, 0, 60000, 'mid-2023')",
                next,
                ProposalsFixtures.TRAFFORD);
        jdbc.update("UPDATE published_run SET run_id = ? WHERE la_code = ?", next, ProposalsFixtures.TRAFFORD);
        PublishedRun republished = runs.published(ProposalsFixtures.TRAFFORD).orElseThrow();
        Baseline second = whatIf.baseline(republished).orElseThrow();
        assertThat(second.runId()).isEqualTo(next);
        assertThat(second.services()).isEmpty(); // the new run lists none: the old baseline's two are gone
    }

    @Test
    void evaluatesAProposalUnderEveryScenarioAndLogsHowLongItTakes() {
        PublishedRun run = runs.published(ProposalsFixtures.TRAFFORD).orElseThrow();
        Baseline baseline = whatIf.baseline(run).orElseThrow();
        Proposal proposal = ProposalReader.read(
                "close-alpha.yaml", ProposalsFixtures.yaml("close-alpha", "Close Alpha School", "svc-alpha"));
        long[] millis = new long[21];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            var impacts = whatIf.impacts(whatIf.baseline(run).orElseThrow(), proposal);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            // 6 children at Alpha move to Beta under every scenario (Beta has 8 places spare)
            assertThat(impacts.get(Scenario.CENTRAL).children(Impact.Outcome.MOVES))
                    .isEqualTo(6);
        }
        Arrays.sort(millis);
        LoggerFactory.getLogger(WhatIfTests.class)
                .info(
                        "What-if after the first load, 3 scenarios of one proposal for {} ({} services): median {} ms,"
                                + " slowest {} ms over {} runs",
                        run.laCode(),
                        baseline.services().size(),
                        millis[millis.length / 2],
                        millis[millis.length - 1],
                        millis.length);
    }
}
