package org.provisionlens.jobs.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.reorganisation.ProposalException;
import org.provisionlens.core.reorganisation.ProposalReader;

/** The guide says what the reader does: its example of problems is the reader's own message, every type is there. */
class ProposalGuideTests {

    private static final String GUIDE = ProposalFilesTests.text(Path.of("templates/proposal-guide.md"));

    @Test
    void theGuidesExampleOfProblemsIsWhatTheReaderSays() {
        String cut = """
                id: cut
                name: Cut
                effectiveDate: 2027-09-01
                localAuthority: E08000009
                changes:
                  - type: capacity
                    serviceId: services:S358-RP-COMM
                    percent: thirty
                  - type: close
                    serviceid: services:S358-RP-COMM
                """;
        String message = catchThrowableOfType(ProposalException.class, () -> ProposalReader.read("cut.yaml", cut))
                .getMessage();

        assertThat(GUIDE).contains("  " + message.replace("\n", "\n  ") + "\n  ```");
    }

    @Test
    void theGuideHasEveryChangeTypeAndTheLimits() {
        for (String type :
                List.of("close", "capacity", "merge", "open", "needsOrAges", "eligibility", "transport", "unitCost")) {
            assertThat(GUIDE).contains("### `" + type + "`: ", "- type: " + type + "\n");
        }
        assertThat(ProposalReader.MAX_BYTES).isEqualTo(1_048_576);
        assertThat(ProposalReader.MAX_CHANGES).isEqualTo(500);
        assertThat(ProposalReader.MAX_TEXT).isEqualTo(2_000);
        assertThat(GUIDE).contains("at most **1 MB**", "At most **500 changes**", "at most **2,000 characters**");
    }
}
