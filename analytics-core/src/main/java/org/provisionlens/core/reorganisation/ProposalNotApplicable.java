package org.provisionlens.core.reorganisation;

/**
 * A proposal that cannot be applied to a published run: a change names a service the run does not have, or needs a
 * figure the run does not give (a percentage cut of a service whose capacity is unknown).
 */
public final class ProposalNotApplicable extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    ProposalNotApplicable(int position, Change change, String problem) {
        super("change " + position + " (" + change.describe() + "): " + problem);
    }

    ProposalNotApplicable(String problem) {
        super(problem);
    }
}
