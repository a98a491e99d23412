package org.provisionlens.core.comments.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.comments.ReadmeFigures;

/**
 * The shipped themer on real NHS patient feedback ({@link NhsFeedback}), scored on the four mapped themes only (the
 * labels say nothing of our other eleven). The untuned part is the honest figure: no cue was written and no weight
 * trained looking at it. Each figure the README prints is asserted at the precision it is printed to, and the README's
 * table is read to check it prints that figure.
 */
class NhsFeedbackEvaluationTests {

    private static final Themer THEMER = Themer.standard();
    private static ThemeEvaluation untuned;
    private static ThemeEvaluation tuning;

    @BeforeAll
    static void evaluate() {
        untuned = ThemeEvaluation.evaluate(THEMER, NhsFeedback.untunedPart(), NhsFeedback.THEMES::contains);
        tuning = ThemeEvaluation.evaluate(THEMER, NhsFeedback.tuning(), NhsFeedback.THEMES::contains);
        System.out.println("== NHS feedback, untuned part ==\n" + untuned.table());
        System.out.println("== NHS feedback, tuning part (the model was trained on it) ==\n" + tuning.table());
    }

    @Test
    void theUntunedPartScoresWhatTheReadmeSays() {
        // 267 true positives, 152 false, 101 missed: F1 = 2 x 267 / (2 x 267 + 152 + 101) = 534 / 787 = 0.6785
        // (the themer of issue 5, before these cues and the model: 0.218)
        assertThat(untuned.comments()).isEqualTo(1601);
        assertThat(untuned.micro()).isEqualTo(new ThemeEvaluation.Score("(micro)", 267, 152, 101, 189));
        assertThat(untuned.microF1()).isCloseTo(0.679, within(0.0005));
        assertThat(ReadmeFigures.row("| Themer | real NHS patient feedback, untuned part ("))
                .contains(String.format(Locale.ROOT, "micro-F1 %.3f", untuned.microF1()))
                .contains(perTheme(untuned));
    }

    @Test
    void eachThemeOfTheUntunedPartScoresWhatTheReadmeSays() {
        // waiting times: P = 177 / 222 = 0.797, R = 177 / 214 = 0.827, F1 = 354 / (354 + 45 + 37) = 0.812
        // communication: P = 38 / 91 = 0.418, R = 38 / 59 = 0.644, F1 = 76 / (76 + 53 + 21) = 0.507
        // transport: P = 43 / 87 = 0.494, R = 43 / 71 = 0.606, F1 = 86 / (86 + 44 + 28) = 0.544
        // staff training: P = 9 / 19 = 0.474, R = 9 / 24 = 0.375, F1 = 18 / (18 + 10 + 15) = 0.419
        assertThat(untuned.themes())
                .extracting(
                        ThemeEvaluation.Score::code,
                        ThemeEvaluation.Score::truePositives,
                        ThemeEvaluation.Score::falsePositives,
                        ThemeEvaluation.Score::falseNegatives)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("waiting_times", 177, 45, 37),
                        org.assertj.core.groups.Tuple.tuple("communication", 38, 53, 21),
                        org.assertj.core.groups.Tuple.tuple("transport", 43, 44, 28),
                        org.assertj.core.groups.Tuple.tuple("staff_training", 9, 10, 15));
        assertThat(perTheme(untuned))
                .isEqualTo("waiting times 0.797 / 0.827 / 0.812; communication 0.418 / 0.644 / 0.507;"
                        + " transport 0.494 / 0.606 / 0.544; staff training 0.474 / 0.375 / 0.419");
    }

    @Test
    void theCuesAloneScoreWhatTheReadmeSays() {
        ThemeEvaluation cues = ThemeEvaluation.evaluate(
                new Themer(ThemeTaxonomy.standard(), StanceLexicon.standard(), ThemeModel.NONE),
                NhsFeedback.untunedPart(),
                NhsFeedback.THEMES::contains);
        System.out.println("== NHS feedback, untuned part, cues alone ==\n" + cues.table());
        assertThat(ReadmeFigures.row("| Themer | real NHS patient feedback, untuned part ("))
                .contains(String.format(Locale.ROOT, "cues alone %.3f", cues.microF1()));
    }

    @Test
    void theTuningPartScoresWhatTheReadmeSays() {
        // 530 true positives, 112 false, 19 missed: F1 = 1060 / (1060 + 112 + 19) = 1060 / 1191 = 0.8900
        assertThat(tuning.comments()).isEqualTo(2665);
        assertThat(tuning.micro()).isEqualTo(new ThemeEvaluation.Score("(micro)", 530, 112, 19, 380));
        assertThat(ReadmeFigures.row("| Themer | real NHS patient feedback, tuning part ("))
                .contains(String.format(Locale.ROOT, "micro-F1 %.3f", tuning.microF1()));
    }

    /** Precision / recall / F1 of each theme, as the README prints them. */
    private static String perTheme(ThemeEvaluation evaluation) {
        List<String> parts = evaluation.themes().stream()
                .map(s -> String.format(
                        Locale.ROOT,
                        "%s %.3f / %.3f / %.3f",
                        s.code().replace('_', ' '),
                        s.precision(),
                        s.recall(),
                        s.f1()))
                .toList();
        return String.join("; ", parts);
    }
}
