package org.provisionlens.dashboards.board;

import java.util.List;
import java.util.Locale;
import org.provisionlens.dashboards.PublishedRun;

/**
 * The board pack of a published run: the decisions the board faces, each with its numbers and its reason.
 *
 * @param overall the all-needs, all-ages cell of each health and social care tier, whatever its verdict
 * @param cells the single need and age band cells at risk or insufficient, the worst first
 * @param verdicts the cells by verdict, chart and table
 * @param waits the ICB's NHS community waits by therapy, the largest share over 18 weeks first
 * @param waitsFigure the share over 18 weeks, chart and table
 * @param slowServices the services whose typical wait is longer than the run's at-risk wait
 * @param joint the jointly funded services, those under pressure first
 */
record BoardPack(
        PublishedRun run,
        Thresholds thresholds,
        List<CareCell> overall,
        List<CareCell> cells,
        Figure verdicts,
        String icbTitle,
        String waitsMonth,
        List<TherapyWait> waits,
        Figure waitsFigure,
        List<ServiceUse> slowServices,
        List<JointService> joint) {

    public String title() {
        return "Joint commissioning board pack: " + run.name();
    }

    /** The day the review was published, "2 June 2025". */
    public String publishedText() {
        return org.provisionlens.dashboards.Formats.date(run.finishedAt());
    }

    public long insufficientCells() {
        return cells.stream()
                .filter(c -> CareCell.INSUFFICIENT.equals(c.verdict()))
                .count();
    }

    public long atRiskCells() {
        return cells.stream().filter(c -> CareCell.AT_RISK.equals(c.verdict())).count();
    }

    public List<JointService> underPressure() {
        return joint.stream().filter(JointService::underPressure).toList();
    }

    /** The decisions at a glance, one sentence each. */
    public List<String> glance() {
        return List.of(
                insufficientCells() + " health and social care " + cellWord(insufficientCells())
                        + " of single needs and age bands " + isAre(insufficientCells()) + " insufficient and "
                        + atRiskCells() + " at risk.",
                waits.isEmpty()
                        ? "The review holds no NHS community waits for the ICB."
                        : "The longest NHS community waits in " + icbTitle + " are for "
                                + waits.get(0).therapy().label().toLowerCase(Locale.ROOT) + ": "
                                + waits.get(0).row().icbPercentText() + " had waited more than 18 weeks in "
                                + waitsMonth + ".",
                slowServices.size() + (slowServices.size() == 1 ? " service has" : " services have")
                        + " a typical wait longer than " + thresholds.waitingWeeks() + " weeks.",
                underPressure().size() + " of the " + joint.size() + " jointly funded services "
                        + (underPressure().size() == 1 ? "is" : "are") + " under pressure.");
    }

    private static String cellWord(long n) {
        return n == 1 ? "cell" : "cells";
    }

    private static String isAre(long n) {
        return n == 1 ? "is" : "are";
    }
}
