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
        // 269 true positives, 133 false, 99 missed: F1 = 2 x 269 / (2 x 269 + 133 + 99) = 538 / 770 = 0.6987
        // (the themer of issue 5, before these cues and the model: 0.218)
        assertThat(untuned.comments()).isEqualTo(1601);
        assertThat(untuned.micro()).isEqualTo(new ThemeEvaluation.Score("(micro)", 269, 133, 99, 191));
        assertThat(untuned.microF1()).isCloseTo(0.699, within(0.0005));
        assertThat(ReadmeFigures.row("| Themer | real NHS patient feedback, untuned part ("))
                .contains(String.format(Locale.ROOT, "micro-F1 %.3f", untuned.microF1()))
                .contains(perTheme(untuned));
    }

    @Test
    void eachThemeOfTheUntunedPartScoresWhatTheReadmeSays() {
        // waiting times: P = 189 / 239 = 0.791, R = 189 / 214 = 0.883, F1 = 378 / (378 + 50 + 25) = 0.834
        // communication: P = 29 / 58 = 0.500, R = 29 / 59 = 0.492, F1 = 58 / (58 + 29 + 30) = 0.496
        // transport: P = 42 / 86 = 0.488, R = 42 / 71 = 0.592, F1 = 84 / (84 + 44 + 29) = 0.535
        // staff training: P = 9 / 19 = 0.474, R = 9 / 24 = 0.375, F1 = 18 / (18 + 10 + 15) = 0.419
        assertThat(untuned.themes())
                .extracting(
                        ThemeEvaluation.Score::code,
                        ThemeEvaluation.Score::truePositives,
                        ThemeEvaluation.Score::falsePositives,
                        ThemeEvaluation.Score::falseNegatives)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("waiting_times", 189, 50, 25),
                        org.assertj.core.groups.Tuple.tuple("communication", 29, 29, 30),
                        org.assertj.core.groups.Tuple.tuple("transport", 42, 44, 29),
                        org.assertj.core.groups.Tuple.tuple("staff_training", 9, 10, 15));
        assertThat(perTheme(untuned))
                .isEqualTo("waiting times 0.791 / 0.883 / 0.834; communication 0.500 / 0.492 / 0.496;"
                        + " transport 0.488 / 0.592 / 0.535; staff training 0.474 / 0.375 / 0.419");
    }

    @Test
    void theCuesAloneScoreWhatTheReadmeSays() {
        // 284 true positives, 210 false, 84 missed: F1 = 568 / (568 + 210 + 84) = 568 / 862 = 0.6589
        ThemeEvaluation cues = ThemeEvaluation.evaluate(
                new Themer(ThemeTaxonomy.standard(), StanceLexicon.standard(), ThemeModel.NONE),
                NhsFeedback.untunedPart(),
                NhsFeedback.THEMES::contains);
        System.out.println("== NHS feedback, untuned part, cues alone ==\n" + cues.table());
        assertThat(cues.micro()).isEqualTo(new ThemeEvaluation.Score("(micro)", 284, 210, 84, 198));
        assertThat(ReadmeFigures.row("| Themer | real NHS patient feedback, untuned part ("))
                .contains(String.format(Locale.ROOT, "cues alone %.3f", cues.microF1()));
    }

    @Test
    void theTuningPartScoresWhatTheReadmeSays() {
        // 451 true positives, 124 false, 98 missed: F1 = 902 / (902 + 124 + 98) = 902 / 1124 = 0.8025
        assertThat(tuning.comments()).isEqualTo(2665);
        assertThat(tuning.micro()).isEqualTo(new ThemeEvaluation.Score("(micro)", 451, 124, 98, 333));
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
