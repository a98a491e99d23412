package org.provisionlens.dashboards.proposals;

import org.provisionlens.core.reorganisation.Impact;

/** The pages' words for where an affected child's provision ends up. */
final class Outcomes {

    private Outcomes() {}

    static String label(Impact.Outcome outcome) {
        return switch (outcome) {
            case STAYS -> "Stays where they are";
            case MOVES -> "Moves to another local service";
            case OUT_OF_AREA -> "Out of area or independent placement";
            case UNMET -> "No local place (goes without or waits)";
            case NOT_ROUTABLE -> "Home area not recorded: cannot be routed";
            case TAKES_NEW_PLACE -> "Was waiting: takes up a new place";
            case RETURNS_TO_LOCAL -> "Comes back from an out-of-area placement";
        };
    }
}
