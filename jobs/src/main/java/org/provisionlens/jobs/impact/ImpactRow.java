package org.provisionlens.jobs.impact;

import java.math.BigDecimal;
import java.util.List;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Scenario;

/**
 * One line of the impact command's table: a proposal (or doing nothing) under one scenario.
 *
 * @param affected children using a changed service, counted today
 * @param moved children (under the scenario's growth) who move to another local service with room
 * @param cellsWorse cells whose verdict gets more severe (sufficient to at risk or insufficient, at risk to
 *     insufficient); no data is not compared
 * @param netSavingPerYear {@code null} when a part of the cost is unknown to the model
 */
record ImpactRow(
        String proposalId,
        Scenario scenario,
        int affected,
        int moved,
        int outOfArea,
        int unmet,
        Double medianMinutes,
        Double p90Minutes,
        int overLimit,
        int cellsWorse,
        int cellsBetter,
        BigDecimal netSavingPerYear) {

    static ImpactRow of(Impact impact) {
        List<Impact.Move> moves = impact.moves();
        return new ImpactRow(
                impact.proposal().id(),
                impact.scenario(),
                impact.affected().stream().mapToInt(Impact.Affected::children).sum(),
                children(moves, Impact.Outcome.MOVES),
                children(moves, Impact.Outcome.OUT_OF_AREA),
                children(moves, Impact.Outcome.UNMET),
                impact.travelAfter() == null ? null : impact.travelAfter().medianMinutes(),
                impact.travelAfter() == null ? null : impact.travelAfter().p90Minutes(),
                impact.travelAfter() == null ? 0 : impact.travelAfter().overLimit(),
                (int) impact.cells().stream().filter(ImpactRow::worse).count(),
                (int) impact.cells().stream().filter(ImpactRow::better).count(),
                impact.costs() == null ? null : impact.costs().netSavingPerYear());
    }

    private static int children(List<Impact.Move> moves, Impact.Outcome outcome) {
        return moves.stream()
                .filter(move -> move.outcome() == outcome)
                .mapToInt(Impact.Move::children)
                .sum();
    }

    static boolean worse(Impact.CellChange cell) {
        return cell.before().comparable()
                && cell.after().comparable()
                && cell.after().severity() > cell.before().severity();
    }

    static boolean better(Impact.CellChange cell) {
        return cell.before().comparable()
                && cell.after().comparable()
                && cell.after().severity() < cell.before().severity();
    }
}
