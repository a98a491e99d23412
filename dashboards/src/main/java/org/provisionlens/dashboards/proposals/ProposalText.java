package org.provisionlens.dashboards.proposals;

import java.util.List;
import org.provisionlens.core.reorganisation.Proposal;

/**
 * Proposals as written (YAML or JSON) and back, through the core's ProposalReader and ProposalWriter (helper
 * proposals builds them for issue 10; until they land on main these two methods say so, like the core's stubs).
 */
final class ProposalText {

    private ProposalText() {}

    /** The proposal a file holds, or its problems (none when it is read). */
    static Parsed read(String fileName, String text) {
        throw new UnsupportedOperationException(
                "in progress (issue 10): the core ProposalReader reads " + fileName + " once it lands");
    }

    /** The proposal as YAML. */
    static String yaml(Proposal proposal) {
        throw new UnsupportedOperationException("in progress (issue 10): the core ProposalWriter writes YAML");
    }

    /** What reading a file gave: the proposal, or what is wrong with it. */
    record Parsed(Proposal proposal, List<Problem> problems) {
        Parsed {
            problems = List.copyOf(problems);
        }

        boolean ok() {
            return proposal != null && problems.isEmpty();
        }
    }

    /**
     * One thing wrong with a file: which file, where in it (a JSON pointer such as {@code /changes/0/serviceId}) and
     * what was expected there.
     */
    record Problem(String file, String pointer, String expected) {}
}
