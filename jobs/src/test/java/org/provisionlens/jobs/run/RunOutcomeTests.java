package org.provisionlens.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.provisionlens.jobs.exit.ExitCode;

class RunOutcomeTests {

    @Test
    void eachOutcomeExitsWithTheCodeNamedForIt() {
        assertThat(new RunOutcome(1L, RunOutcome.PUBLISHED, "published").exitCode())
                .isEqualTo(ExitCode.DONE);
        assertThat(new RunOutcome(1L, RunOutcome.FAILED, "boom").exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(new RunOutcome(1L, RunOutcome.BAD_INPUT, "no file").exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(new RunOutcome(1L, RunOutcome.PUBLISHED_WITH_QUARANTINE, "2 rows").exitCode())
                .isEqualTo(ExitCode.DONE_WITH_QUARANTINE);
        // a run refused because another run for the LA holds its lease exits 4
        assertThat(new RunOutcome(null, 4, "another run is in progress").exitCode())
                .isEqualTo(ExitCode.REFUSED_RUN_IN_PROGRESS);
        assertThat(ExitCode.REFUSED_RUN_IN_PROGRESS.code()).isEqualTo(4);
    }

    @Test
    void aStatusNoCodeNamesIsAnUnexpectedFailure() {
        assertThat(new RunOutcome(1L, 99, "?").exitCode()).isEqualTo(ExitCode.FAILED);
    }
}
