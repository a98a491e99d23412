package org.provisionlens.core.comments.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped themer on comments whose clauses, cues and scores are worked out by hand in the comments. */
class ThemerTests {

    private static final Themer THEMER = Themer.standard();

    private static ThemeFinding finding(String code, Stance stance, String evidence, double score) {
        return new ThemeFinding(ThemeTaxonomy.standard().theme(code).orElseThrow(), stance, evidence, score);
    }

    @Test
    void eachThemeKeepsItsOwnStanceAcrossAContrast() {
        // "but" splits: "the SALT was brilliant" (salt -> therapies; brilliant +1)
        // and "we waited 14 months" (waited -> waiting_times; waited -1)
        assertThat(THEMER.theme("The SALT was brilliant but we waited 14 months."))
                .containsExactly(
                        finding("therapies", Stance.POSITIVE, "The SALT was brilliant", 1.0),
                        finding("waiting_times", Stance.NEGATIVE, "we waited 14 months", -1.0));
    }

    @Test
    void findsSeveralThemesInSeveralSentences() {
        // 1: caseworker -> communication; "really" intensifies helpful: +1.5
        // 2: taxi, driver -> transport; "always" intensifies late: -1.5; shouts -1; total -2.5
        assertThat(THEMER.theme(
                        "Our caseworker was really helpful. The taxi is always late and the driver shouts at him."))
                .containsExactly(
                        finding("communication", Stance.POSITIVE, "Our caseworker was really helpful", 1.5),
                        finding(
                                "transport",
                                Stance.NEGATIVE,
                                "The taxi is always late and the driver shouts at him",
                                -2.5));
    }

    @Test
    void negationTurnsPraiseIntoComplaint() {
        // "not" turns helpful (+1) round: -1
        assertThat(THEMER.theme("The short breaks service was not helpful."))
                .containsExactly(
                        finding("short_breaks", Stance.NEGATIVE, "The short breaks service was not helpful", -1));
        // "no" with nothing weighted after it reports a gap: -1
        assertThat(THEMER.theme("There is no support from CAMHS."))
                .containsExactly(finding("mental_health", Stance.NEGATIVE, "There is no support from CAMHS", -1));
        // sorted +1; "no" turns delay (-1) round at half weight: +0.5; total +1.5; delay also cues waiting_times
        assertThat(THEMER.theme("The transport team sorted it with no delay."))
                .extracting(f -> f.theme().code(), ThemeFinding::stance, ThemeFinding::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("transport", Stance.POSITIVE, 1.5),
                        org.assertj.core.groups.Tuple.tuple("waiting_times", Stance.POSITIVE, 1.5));
    }

    @Test
    void aThemePraisedAndCriticisedIsMixedWithBothClausesAsEvidence() {
        // "the physio was lovely" (+1); "twenty minutes once a term is nowhere near enough" cues nothing, scores -1
        // ("nowhere near") and lends its stance to the theme of its sentence: therapies is praised and criticised
        assertThat(THEMER.theme("The physio was lovely, but twenty minutes once a term is nowhere near enough."))
                .containsExactly(finding(
                        "therapies",
                        Stance.MIXED,
                        "The physio was lovely … twenty minutes once a term is nowhere near enough",
                        0.0));
    }

    @Test
    void aThemeWithoutStanceWordsTakesTheLeanOfItsSentenceThenItsComment() {
        // "the annual review happened in March" has no stance word; its sentence has none; the comment leans +1
        assertThat(THEMER.theme("Thank you. The annual review happened in March."))
                .containsExactly(finding("ehc_process", Stance.POSITIVE, "The annual review happened in March", 0.0));
        // no stance anywhere: read as a concern
        assertThat(THEMER.theme("The annual review happened in March."))
                .extracting(ThemeFinding::stance)
                .containsExactly(Stance.NEGATIVE);
    }

    @Test
    void theLongerOfTwoOverlappingCuesWins() {
        // "travel training" is transport; the "training" inside it is not staff training; confidence +1
        assertThat(THEMER.theme("Travel training gave her confidence."))
                .containsExactly(finding("transport", Stance.POSITIVE, "Travel training gave her confidence", 1.0));
    }

    @Test
    void aCommentOnNoThemeHasNoFindingsAndPlaceholdersSurviveInEvidence() {
        assertThat(THEMER.theme("Thank you for the workshops.")).isEmpty();
        assertThat(THEMER.theme("The respite at [PLACE] is brilliant."))
                .containsExactly(finding("short_breaks", Stance.POSITIVE, "The respite at [PLACE] is brilliant", 1.0));
    }

    @Test
    void tallyKeepsPraiseAndComplaintApart() {
        ThemeTally tally = new ThemeTally();
        tally.add(THEMER.theme("The SALT was brilliant but we waited 14 months."));
        tally.add(THEMER.theme("Speech therapy was cancelled again."));
        tally.add(THEMER.theme("The physio was lovely, but twenty minutes once a term is nowhere near enough."));
        Theme therapies = ThemeTaxonomy.standard().theme("therapies").orElseThrow();
        assertThat(List.of(
                        tally.count(therapies, Stance.POSITIVE),
                        tally.count(therapies, Stance.NEGATIVE),
                        tally.count(therapies, Stance.MIXED),
                        tally.comments(therapies)))
                .containsExactly(1, 1, 1, 3);
    }
}
