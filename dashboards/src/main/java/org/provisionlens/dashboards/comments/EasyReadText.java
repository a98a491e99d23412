package org.provisionlens.dashboards.comments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.provisionlens.core.comments.publication.StanceCounts;
import org.provisionlens.dashboards.comments.EasyRead.Line;
import org.provisionlens.dashboards.comments.EasyRead.Section;

/**
 * Writes the Easy Read version from the same report as the full one: the same themes, counts (small ones still "fewer
 * than 5", withheld ones still unsaid), quotes and responses, in short sentences of our own (at most 15 words), one
 * idea a line, numbers as digits, key words in bold, plain words ("unhappy", not "negative"; SEND explained).
 */
final class EasyReadText {

    static final int MOST_WORDS = 15;

    private EasyReadText() {}

    static EasyRead of(Report report) {
        List<Section> sections = new ArrayList<>();
        sections.add(about(report));
        sections.add(safe(report));
        sections.add(toldUs(report.themes()));
        report.themes().forEach(t -> sections.add(theme(t)));
        if (report.previous() != null) {
            sections.add(lastYear(report));
        }
        return new EasyRead(
                report.run().laCode(), report.run().name(), report.period().code(), sections);
    }

    private static Section about(Report report) {
        List<Line> lines = new ArrayList<>(List.of(
                Line.of("This report is about **" + report.run().name() + "**."),
                Line.of("It is about help for children and young people with **SEND**."),
                Line.of("**SEND** means special educational needs and disabilities."),
                Line.of("People told the **council** what they think about this help."),
                Line.of("This report says **what you told us**."),
                Line.of("It also says **what we are doing** about it.")));
        Integer year = report.period().year();
        lines.add(Line.of(
                year == null
                        ? "It has **all** the comments we got."
                        : "It has the comments we got in **" + year + "**."));
        return new Section("about", "About this report", lines);
    }

    private static Section safe(Report report) {
        List<Line> lines = new ArrayList<>(List.of(
                Line.of("We do **not** use anyone's name."),
                Line.of("Sometimes **fewer than 5** people said something."),
                Line.of("Then we do not say more about what they said."),
                Line.of("This means **no one** can tell who said it.")));
        if (report.heldForReview() > 0) {
            lines.add(Line.of("**" + comments(report.heldForReview()) + "** "
                    + (report.heldForReview() == 1 ? "is" : "are") + " not in this report."));
            lines.add(Line.of("We are **checking** them, or we chose not to use them."));
        }
        if (report.abusive() > 0) {
            lines.add(Line.of("We left out **" + comments(report.abusive()) + "** that "
                    + (report.abusive() == 1 ? "was" : "were") + " **rude**."));
        }
        if (report.individualComplaints() > 0) {
            lines.add(Line.of(
                    "We left out **" + comments(report.individualComplaints()) + "** about **one member of staff**."));
            lines.add(Line.of("Comments like this go to the **complaints** team."));
        }
        return new Section("keeping-you-safe", "Keeping you safe", lines);
    }

    private static Section toldUs(List<ThemeSummary> themes) {
        List<Line> lines = new ArrayList<>();
        if (themes.isEmpty()) {
            lines.add(Line.of("We have **not** published any comments yet."));
        } else {
            lines.add(Line.of(
                    "You told us about **" + themes.size() + (themes.size() == 1 ? " thing" : " things") + "**:"));
            themes.forEach(t -> lines.add(Line.of("**" + t.label() + "**")));
        }
        return new Section("what-you-told-us", "What you told us", lines);
    }

    private static Section theme(ThemeSummary theme) {
        return new Section(
                "theme-" + theme.theme(),
                theme.label(),
                List.of(),
                List.of(
                        new Section("said-" + theme.theme(), "You said", said(theme)),
                        new Section("did-" + theme.theme(), "We did", did(theme))));
    }

    private static List<Line> said(ThemeSummary theme) {
        StanceCounts c = theme.counts();
        List<Line> lines = new ArrayList<>();
        if (c.suppressed()) {
            lines.add(Line.of("**Fewer than 5** people told us about this."));
            lines.add(Line.of("So we do not say more about it."));
            return lines;
        }
        lines.add(Line.of("We got **" + c.total() + " comments** about this."));
        List<Stance> stances = new ArrayList<>(List.of(
                new Stance(c.negative(), c.withheld(1), "were **unhappy**"),
                new Stance(c.positive(), c.withheld(0), "were **happy**"),
                new Stance(c.mixed(), c.withheld(2), "had **mixed views**")));
        stances.removeIf(s -> s.count() == 0);
        stances.sort(Comparator.comparingInt(Stance::count).reversed());
        for (Stance s : stances) {
            String who = s.withheld() ? "Some" : "**" + StanceCounts.text(s.count()) + "**";
            lines.add(Line.of(capitalised(who) + " people " + s.phrase() + "."));
        }
        if (!theme.quotes().isEmpty()) {
            lines.add(Line.theirs("One person said:", "“" + theme.quotes().get(0) + "”"));
        }
        return lines;
    }

    private static List<Line> did(ThemeSummary theme) {
        List<Line> lines = new ArrayList<>();
        if (theme.responses().isEmpty()) {
            lines.add(Line.of("We have **not answered** this yet."));
        }
        for (Response r : theme.responses()) {
            lines.add(Line.theirs("We said:", r.response()));
            if (r.action() != null) {
                lines.add(Line.theirs("What we will do:", r.action()));
                lines.add(Line.theirs("Who will do it:", r.owner() == null ? "not decided yet" : r.owner()));
                lines.add(Line.theirs("When:", r.dueDate() == null ? "no date yet" : r.dueText()));
                lines.add(Line.of(status(r.status())));
            }
        }
        return lines;
    }

    private static Section lastYear(Report report) {
        String year = report.previous().label();
        List<Line> lines = new ArrayList<>();
        if (report.previousActions().isEmpty()) {
            lines.add(Line.of("We did not plan anything in **" + year + "**."));
        }
        for (Response r : report.previousActions()) {
            lines.add(Line.theirs(r.themeLabel() + ":", r.action() == null ? r.response() : r.action()));
            lines.add(Line.of(status(r.status())));
        }
        return new Section("last-year", "What we said we would do in " + year, lines);
    }

    /** A status in plain words. */
    static String status(String code) {
        return switch (code) {
            case "planned" -> "We have **planned** this.";
            case "in_progress" -> "We are **doing** this now.";
            case "done" -> "We have **done** this.";
            case "not_doing" -> "We are **not** doing this.";
            default -> "Where it stands: **" + Status.label(code) + "**.";
        };
    }

    private static String comments(int count) {
        return count == 1 ? "1 comment" : count + " comments";
    }

    private static String capitalised(String text) {
        return text.startsWith("**f") ? "**F" + text.substring(3) : text;
    }

    private record Stance(int count, boolean withheld, String phrase) {}
}
