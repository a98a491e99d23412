package org.provisionlens.dashboards.proposals;

import java.util.List;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.ProposalException;
import org.provisionlens.core.reorganisation.ProposalReader;
import org.provisionlens.core.reorganisation.ProposalWriter;

/** Proposals as written (YAML or JSON) and back, through the core's ProposalReader and ProposalWriter. */
final class ProposalText {

    private ProposalText() {}

    /** The proposal a file holds, or every problem with it. */
    static Parsed read(String fileName, String text) {
        try {
            return new Parsed(ProposalReader.read(fileName, text), List.of());
        } catch (ProposalException e) {
            return new Parsed(null, e.problems());
        }
    }

    /** The proposal as YAML. */
    static String yaml(Proposal proposal) {
        return ProposalWriter.yaml(proposal);
    }

    /** A problem found outside the file's syntax (a change the published run cannot take, a duplicate id). */
    static ProposalException.Problem problem(String file, String pointer, String value, String expected) {
        return new ProposalException.Problem(file, pointer, value, expected);
    }

    /** What reading a file gave: the proposal, or what is wrong with it. */
    record Parsed(Proposal proposal, List<ProposalException.Problem> problems) {
        Parsed {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return proposal != null && problems.isEmpty();
        }
    }
}
