package org.provisionlens.dashboards.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.comments.publication.StanceCounts;
import org.provisionlens.dashboards.PublishedRun;
import org.provisionlens.dashboards.comments.EasyRead.Line;
import org.provisionlens.dashboards.comments.EasyRead.Section;

/**
 * The Easy Read text of the fixture's 2025 report, worked out by hand: waiting times 20 (12 unhappy, 5 happy, 3 mixed),
 * transport 9 (6 happy, 3 unhappy), communication 3 (suppressed); 2 held for review; 1 abusive and 1 complaint about
 * a member of staff left out; last year's action done.
 */
class EasyReadTextTests {

    /** The fixture report's sections: 3 of every report, one a theme (3), and last year's actions. */
    static final List<String> HEADINGS = List.of(
            "About this report",
            "Keeping you safe",
            "What you told us",
            "Waiting times",
            "Home to school transport",
            "Communication",
            "What we said we would do in 2024");

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC);

    static Report report() {
        Response transport = new Response(
                1,
                "transport",
                "Home to school transport",
                "We will add a second bus route",
                "Tender the route",
                "Transport team",
                LocalDate.of(2026, 3, 31),
                "in_progress",
                "commissioner",
                AT);
        Response lastYear = new Response(
                2,
                "waiting_times",
                "Waiting times",
                "We heard you",
                "Hire two more therapists",
                "Head of SEND",
                LocalDate.of(2025, 1, 31),
                "done",
                "commissioner",
                AT);
        return new Report(
                new PublishedRun("E08000009", "Trafford", 7, AT),
                new Period(2025),
                List.of(
                        new ThemeSummary(
                                "waiting_times",
                                "Waiting times",
                                new StanceCounts(5, 12, 3),
                                List.of("the wait was long", "waited eighteen months"),
                                List.of()),
                        new ThemeSummary(
                                "transport",
                                "Home to school transport",
                                new StanceCounts(6, 3, 0),
                                List.of("the bus is on time"),
                                List.of(transport)),
                        new ThemeSummary(
                                "communication",
                                "Communication",
                                new StanceCounts(0, 3, 0),
                                List.of("SECRETQUOTE"),
                                List.of())),
                2,
                1,
                1,
                new Period(2024),
                List.of(lastYear.withLabel("Waiting times")));
    }

    @Test
    void saysEachThemesCountsInShortLinesKeepingSmallAndWithheldNumbersUnsaid() {
        EasyRead easy = EasyReadText.of(report());
        assertThat(easy.sections()).extracting(Section::heading).containsExactlyElementsOf(HEADINGS);
        // waiting times: 12 unhappy shown; the lone small count (3 mixed) is "fewer than 5", so the next smallest
        // (5 happy) is withheld ("some"), as on the full report; most first: 12, 5, 3
        assertThat(texts(easy.sections().get(3).parts().get(0)))
                .containsExactly(
                        "We got 20 comments about this.",
                        "12 people were unhappy.",
                        "Some people were happy.",
                        "Fewer than 5 people had mixed views.",
                        "One person said: “the wait was long”");
        // transport: 6 happy withheld (9 - 6 would give the 3 away), 3 unhappy is "fewer than 5"
        assertThat(texts(easy.sections().get(4).parts().get(0)))
                .containsExactly(
                        "We got 9 comments about this.",
                        "Some people were happy.",
                        "Fewer than 5 people were unhappy.",
                        "One person said: “the bus is on time”");
        assertThat(texts(easy.sections().get(4).parts().get(1)))
                .containsExactly(
                        "We said: We will add a second bus route",
                        "What we will do: Tender the route",
                        "Who will do it: Transport team",
                        "When: 31 March 2026",
                        "We are doing this now.");
        // communication: 3 comments, suppressed: no number, no quote
        assertThat(texts(easy.sections().get(5).parts().get(0)))
                .containsExactly("Fewer than 5 people told us about this.", "So we do not say more about it.");
        assertThat(texts(easy.sections().get(5).parts().get(1))).containsExactly("We have not answered this yet.");
        assertThat(texts(easy.sections().get(6)))
                .containsExactly("Waiting times: Hire two more therapists", "We have done this.");
        assertThat(easy.lines()).extracting(Line::text).noneMatch(t -> t.contains("SECRETQUOTE"));
    }

    @Test
    void countsHeldAndLeftOutCommentsInPlainWords() {
        assertThat(texts(EasyReadText.of(report()).sections().get(1)))
                .contains(
                        "2 comments are not in this report.",
                        "We left out 1 comment that was rude.",
                        "We left out 1 comment about one member of staff.",
                        "Comments like this go to the complaints team.");
        assertThat(texts(EasyReadText.of(report()).sections().get(2)))
                .containsExactly(
                        "You told us about 3 things:", "Waiting times", "Home to school transport", "Communication");
    }

    @Test
    void ourOwnLinesAreShortAndPutKeyWordsInBold() {
        EasyRead easy = EasyReadText.of(report());
        List<Line> ours = easy.lines().stream().filter(l -> !l.theirWords()).toList();
        assertThat(ours).hasSizeGreaterThan(20);
        // the longest of our own lines, "It is about help for children and young people with SEND.", has 11 words
        assertThat(ours).allSatisfy(l -> assertThat(l.words()).isLessThanOrEqualTo(EasyReadText.MOST_WORDS));
        assertThat(ours.stream().mapToInt(Line::words).max().orElseThrow()).isEqualTo(11);
        Line twenty = easy.sections().get(3).parts().get(0).lines().get(0);
        assertThat(twenty.parts())
                .containsExactly(
                        new EasyRead.Part("We got ", false),
                        new EasyRead.Part("20 comments", true),
                        new EasyRead.Part(" about this.", false));
        // the council's and people's own words are shown as they are, after a bold label of ours
        Line quote = easy.sections().get(3).parts().get(0).lines().get(4);
        assertThat(quote.theirWords()).isTrue();
        assertThat(quote.parts().get(0)).isEqualTo(new EasyRead.Part("One person said: ", true));
    }

    @Test
    void everyStatusHasPlainWords() {
        assertThat(Status.all())
                .extracting(s -> EasyRead.Line.of(EasyReadText.status(s.code())).text())
                .containsExactly(
                        "We have planned this.",
                        "We are doing this now.",
                        "We have done this.",
                        "We are not doing this.");
    }

    static List<String> texts(Section section) {
        return section.lines().stream().map(Line::text).toList();
    }
}
