package org.provisionlens.core.reorganisation.evidence;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Impact.Move;
import org.provisionlens.core.reorganisation.Impact.Outcome;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.core.sufficiency.VerdictCode;

/** Counts read off an impact that several factors use. */
final class Outcomes {

    private Outcomes() {}

    /** Children (under the scenario's growth) whose provision ends up as {@code outcome}. */
    static int children(Impact impact, Outcome outcome) {
        return children(impact, move -> move.outcome() == outcome);
    }

    static int children(Impact impact, Predicate<Move> which) {
        return impact.moves().stream().filter(which).mapToInt(Move::children).sum();
    }

    /**
     * Children who must leave their provision for another: to another local service, to an out-of-area placement, or
     * (their home area unknown) to somewhere not yet known.
     */
    static boolean moving(Move move) {
        return move.outcome() == Outcome.MOVES
                || move.outcome() == Outcome.OUT_OF_AREA
                || move.outcome() == Outcome.NOT_ROUTABLE;
    }

    /** Children placed somewhere known: another local service or an out-of-area placement. */
    static boolean placedElsewhere(Move move) {
        return move.outcome() == Outcome.MOVES || move.outcome() == Outcome.OUT_OF_AREA;
    }

    /** Children using the changed services who are affected, counted today (not those taking up added places). */
    static int affected(Impact impact) {
        return impact.affected().stream()
                .filter(a -> !a.takesUpPlaces())
                .mapToInt(Impact.Affected::children)
                .sum();
    }

    /** Children who move, by age band, in band order. */
    static Map<AgeBand, Integer> movingByBand(Impact impact) {
        Map<AgeBand, Integer> byBand = new TreeMap<>();
        for (Move move : impact.moves()) {
            if (moving(move)) {
                AgeBand.of(move.age()).ifPresent(band -> byBand.merge(band, move.children(), Integer::sum));
            }
        }
        return byBand;
    }

    /** A cell got worse: both verdicts are comparable and the one after is more severe. */
    static boolean worse(Impact.CellChange cell) {
        return comparable(cell) && cell.after().severity() > cell.before().severity();
    }

    static boolean better(Impact.CellChange cell) {
        return comparable(cell) && cell.after().severity() < cell.before().severity();
    }

    /** The verdict changed to or from "no data": it cannot be put in order. */
    static boolean unjudged(Impact.CellChange cell) {
        return cell.verdictChanged() && !comparable(cell);
    }

    private static boolean comparable(Impact.CellChange cell) {
        return cell.before() != null
                && cell.after() != null
                && cell.before().comparable()
                && cell.after().comparable();
    }

    /** "ASD, 11-15, Sale: sufficient to at risk". */
    static String cellLine(Impact.CellChange cell) {
        return cell.key().label() + ": " + label(cell.before()) + " to " + label(cell.after()) + " (demand "
                + Figures.number(cell.demandBefore()) + " to " + Figures.number(cell.demandAfter()) + ", capacity "
                + capacity(cell.capacityBefore()) + " to " + capacity(cell.capacityAfter()) + ")";
    }

    private static String capacity(Integer capacity) {
        return capacity == null ? "unknown" : capacity.toString();
    }

    static String label(VerdictCode verdict) {
        return verdict == null ? "no data" : verdict.label().toLowerCase(java.util.Locale.ROOT);
    }
}
