package org.provisionlens.core.reorganisation.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Impact.Move;
import org.provisionlens.core.reorganisation.Impact.Outcome;

/**
 * The journeys of the children who take up the places a proposal adds, kept apart from those of the children who must
 * move: a waiting child had no journey before, so theirs are shown after only; a child coming back from out of area is
 * shown before (to the placement they leave, when its location is known) and after. Medians by nearest rank.
 */
final class UptakeJourneys {

    private UptakeJourneys() {}

    /** Evidence lines, none when nobody takes up added places. */
    static List<String> lines(Impact impact, double limitMiles) {
        List<String> lines = new ArrayList<>();
        String scenario = " (" + impact.scenario().label() + ")";
        List<Move> taking = of(impact, Outcome.TAKES_NEW_PLACE);
        if (!taking.isEmpty()) {
            lines.add("Journeys of the " + Figures.children(children(taking)) + " waiting who take up a new place"
                    + scenario + " (no journey before): median " + Figures.minutes(median(taking, false))
                    + ", longest " + Figures.minutes(longest(taking)) + ", over the " + Figures.number(limitMiles)
                    + "-mile limit: " + over(taking, limitMiles));
        }
        List<Move> returning = of(impact, Outcome.RETURNS_TO_LOCAL);
        if (!returning.isEmpty()) {
            List<Move> known =
                    returning.stream().filter(m -> m.minutesBefore() != null).toList();
            lines.add("Journeys of the " + Figures.children(children(returning)) + " coming back from out of area"
                    + scenario + ": median " + Figures.minutes(known.isEmpty() ? null : median(known, true))
                    + " before (" + children(known) + " with a known journey), "
                    + Figures.minutes(median(returning, false))
                    + " after");
        }
        return lines;
    }

    /** The returning children's median journey is shorter after than before (for those known both ways). */
    static boolean returningShorter(Impact impact) {
        List<Move> known = of(impact, Outcome.RETURNS_TO_LOCAL).stream()
                .filter(m -> m.minutesBefore() != null)
                .toList();
        return !known.isEmpty() && Figures.more(median(known, true), median(known, false));
    }

    private static List<Move> of(Impact impact, Outcome outcome) {
        return impact.moves().stream()
                .filter(m -> m.outcome() == outcome && m.minutesAfter() != null && m.children() > 0)
                .toList();
    }

    private static int children(List<Move> moves) {
        return moves.stream().mapToInt(Move::children).sum();
    }

    private static double longest(List<Move> moves) {
        return moves.stream().mapToDouble(Move::minutesAfter).max().orElseThrow();
    }

    private static int over(List<Move> moves, double limitMiles) {
        return moves.stream()
                .filter(m -> m.milesAfter() != null && m.milesAfter() > limitMiles)
                .mapToInt(Move::children)
                .sum();
    }

    /** The journey at rank ceil(n / 2) of the children's journeys in order. */
    private static double median(List<Move> moves, boolean before) {
        List<Move> sorted = new ArrayList<>(moves);
        sorted.sort(Comparator.comparingDouble(m -> before ? m.minutesBefore() : m.minutesAfter()));
        int rank = Math.max(1, (int) Math.ceil(children(sorted) / 2.0 - 1e-9));
        int seen = 0;
        for (Move m : sorted) {
            seen += m.children();
            if (seen >= rank) {
                return before ? m.minutesBefore() : m.minutesAfter();
            }
        }
        throw new IllegalArgumentException("no journeys");
    }
}
