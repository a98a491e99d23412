package org.provisionlens.dashboards.proposals;

import java.math.BigDecimal;
import org.provisionlens.core.reorganisation.Impact;

/**
 * A proposal's impact in five figures: children affected (today), children who move and children placed out of area
 * (under the scenario's growth), the net saving a year (null when unknown) and the sufficiency cells whose verdict gets
 * worse.
 */
record Headline(
        int affected,
        int moved,
        int outOfArea,
        int unmet,
        int notRoutable,
        BigDecimal netSavingPerYear,
        int cellsWorse) {

    static Headline of(Impact impact) {
        // children using the changed services: those who take up added places are counted where they go
        int affected = impact.affected().stream()
                .filter(a -> !a.takesUpPlaces())
                .mapToInt(Impact.Affected::children)
                .sum();
        return new Headline(
                affected,
                impact.children(Impact.Outcome.MOVES),
                impact.children(Impact.Outcome.OUT_OF_AREA),
                impact.children(Impact.Outcome.UNMET),
                impact.children(Impact.Outcome.NOT_ROUTABLE),
                impact.costs().netSavingPerYear(),
                (int) impact.cells().stream().filter(Headline::worse).count());
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

    public String savingText() {
        return Money.text(netSavingPerYear);
    }
}
