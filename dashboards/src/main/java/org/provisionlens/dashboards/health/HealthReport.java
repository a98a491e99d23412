package org.provisionlens.dashboards.health;

import java.util.List;
import org.provisionlens.dashboards.PublishedRun;

/**
 * Everything the health page shows for one published run: its health and social care cells by locality and at LA
 * level (the sub-ICB place), and, when the run names its place, the ICB's cells summed over the ICB's published LAs.
 *
 * @param place {@code null} when the run does not name its sub-ICB location
 * @param members the published LAs whose place is in the ICB (empty without a place)
 * @param icbCells the health and social care cells of those LAs summed and judged again
 */
record HealthReport(
        PublishedRun run,
        HealthPlace place,
        List<CareCell> localityCells,
        List<CareCell> laCells,
        List<IcbMember> members,
        List<IcbCell> icbCells) {

    HealthReport {
        localityCells = List.copyOf(localityCells);
        laCells = List.copyOf(laCells);
        members = List.copyOf(members);
        icbCells = List.copyOf(icbCells);
    }

    /** "NHS Greater Manchester ICB" (the lookup's names already say "NHS ... Integrated Care Board"). */
    public String icbName() {
        return place == null ? "" : place.icbName();
    }

    /** "1 of the ICB's 10 sub-ICB locations has a published review". */
    public String coverageText() {
        if (place == null) {
            return "";
        }
        long covered = members.stream().map(IcbMember::subIcbCode).distinct().count();
        return covered + " of the ICB's " + place.icbLocations() + " sub-ICB locations "
                + (covered == 1 ? "has" : "have") + " a published review";
    }

    /** The LAs in the ICB's sums with their places: "Trafford (NHS Greater Manchester ICB - 02A)". */
    public List<String> memberTexts() {
        return members.stream()
                .map(m -> m.run().name() + " (" + m.subIcbName() + ")")
                .toList();
    }
}
