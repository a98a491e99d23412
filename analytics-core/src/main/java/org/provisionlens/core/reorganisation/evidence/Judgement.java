package org.provisionlens.core.reorganisation.evidence;

import java.util.List;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Finding;

/** What one factor's rule says about one impact (one scenario): the finding, its reason, the evidence lines. */
record Judgement(Finding finding, String reason, List<String> evidence) {

    Judgement {
        evidence = List.copyOf(evidence);
    }
}
