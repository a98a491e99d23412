package org.provisionlens.dashboards.proposals;

import java.util.List;
import java.util.Objects;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.ServiceComment;
import org.provisionlens.core.sufficiency.AgeBand;

/**
 * One scenario's impact as the page shows it: aggregated counts only (by need, age band, locality and setting; moves
 * by destination and outcome), each count as the viewer may see it, never a child-level row.
 */
record ImpactView(
        Impact impact,
        Headline headline,
        List<CountRow> byNeed,
        List<CountRow> byAge,
        List<CountRow> byLocality,
        List<CountRow> bySetting,
        List<CountRow> destinations,
        List<CountRow> outcomes,
        List<Impact.CellChange> changedCells,
        List<Impact.LocalityRange> rangeChanges,
        List<CountRow> themes,
        Viewer viewer) {

    static ImpactView of(Impact impact, Viewer viewer) {
        // who is affected: the users of the changed services (children taking up added places are in where they go)
        List<Impact.Affected> affected =
                impact.affected().stream().filter(a -> !a.takesUpPlaces()).toList();
        return new ImpactView(
                impact,
                Headline.of(impact),
                CountRow.group(affected, a -> a.need().label(), Impact.Affected::children, viewer),
                CountRow.group(affected, a -> ageBand(a.age()), Impact.Affected::children, viewer),
                CountRow.group(
                        affected,
                        a -> Objects.requireNonNullElse(a.localityName(), "Locality not known"),
                        Impact.Affected::children,
                        viewer),
                CountRow.group(affected, Impact.Affected::setting, Impact.Affected::children, viewer),
                CountRow.group(impact.moves(), ImpactView::destination, Impact.Move::children, viewer),
                CountRow.group(impact.moves(), m -> Outcomes.label(m.outcome()), Impact.Move::children, viewer),
                impact.cells().stream()
                        .filter(Impact.CellChange::verdictChanged)
                        .toList(),
                impact.range().stream()
                        .filter(r -> !r.lost().isEmpty() || !r.gained().isEmpty())
                        .toList(),
                CountRow.group(
                        impact.voices().stream()
                                .flatMap(c -> c.themes().stream())
                                .toList(),
                        theme -> theme,
                        theme -> 1,
                        viewer),
                viewer);
    }

    static String ageBand(int age) {
        return AgeBand.of(age).map(band -> "Aged " + band.label()).orElse("Aged " + age);
    }

    /**
     * "Moves to Delamere School", "Takes up a new place at Partington autism resource base", "Out of area or independent
     * placement", "No local place (goes without or waits)".
     */
    static String destination(Impact.Move move) {
        // out of area, unmet and not routable have no destination service
        String to = move.toServiceName() != null ? move.toServiceName() : move.toServiceId();
        return switch (move.outcome()) {
            case MOVES -> "Moves to " + to;
            case TAKES_NEW_PLACE -> "Takes up a new place at " + to;
            case RETURNS_TO_LOCAL -> "Comes back from out of area to " + to;
            default -> Outcomes.label(move.outcome());
        };
    }

    public long cellsBetter() {
        return impact.cells().stream().filter(Headline::better).count();
    }

    public int children() {
        return headline.affected();
    }

    public String count(long children) {
        return viewer.count(children);
    }

    public List<ServiceComment> voices() {
        return impact.voices();
    }

    /** "Parent or carer", "Young person": the respondent type in words. */
    public String respondent(String type) {
        return switch (type == null ? "" : type) {
            case "CHILD" -> "Child";
            case "YOUNG_PERSON" -> "Young person";
            case "PARENT_CARER" -> "Parent or carer";
            case "PROFESSIONAL" -> "Professional";
            default -> "Respondent";
        };
    }

    public String money(java.math.BigDecimal pounds) {
        return Money.text(pounds);
    }

    public String minutes(Double minutes) {
        return Travels.minutes(minutes);
    }

    public String quality(Impact.Quality quality) {
        return Quality.sentence(quality);
    }

    public String travelText(Impact.Travel travel) {
        return Travels.sentence(travel, viewer);
    }
}
