package org.provisionlens.core.reorganisation.evidence;

import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.Impact;

/** One factor of the SEN improvement test and how the evidence of an impact is judged against it. */
interface FactorRule {

    String name();

    Judgement judge(Baseline baseline, Impact impact);
}
