package org.provisionlens.core.comments.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.provisionlens.core.comments.ReadmeFigures;

/**
 * The shipped themer against the hand-labelled set (written before the rules). The rules were tuned, and the theme
 * model partly trained ({@link ThemeModelTraining}), looking only at the development two thirds; the held-out third
 * (ids divisible by 3) is reported on its own. No SEND figure may fall more than 0.03 below what it was before the
 * model (issue 11). Each figure the README
 * prints is asserted at the precision it is printed to, and the README's table is read to check it prints that figure.
 */
class ThemerEvaluationTests {

    private static List<LabelledComment> set;
    private static List<LabelledComment> fresh;
    private static final Themer THEMER = Themer.standard();

    @BeforeAll
    static void read() {
        set = read("/comments/themes-eval.tsv");
        fresh = read("/comments/themes-fresh.tsv");
    }

    private static List<LabelledComment> read(String resource) {
        return sendSet(resource);
    }

    /** A labelled SEND set from the test resources. */
    static List<LabelledComment> sendSet(String resource) {
        try (Reader r = new InputStreamReader(
                ThemerEvaluationTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return LabelledComment.read(r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theSetIsLargeEnoughAndSplitInThirds() {
        assertThat(set).hasSizeGreaterThanOrEqualTo(300);
        assertThat(set.stream().filter(LabelledComment::heldOut).count()).isEqualTo(set.size() / 3);
        assertThat(set.stream().filter(c -> c.themes().size() >= 2).count()).isGreaterThan(100);
    }

    @Test
    void microF1IsAtLeastThreeQuarters() {
        ThemeEvaluation all = ThemeEvaluation.evaluate(THEMER, set);
        ThemeEvaluation development = ThemeEvaluation.evaluate(THEMER, split(false));
        ThemeEvaluation heldOut = ThemeEvaluation.evaluate(THEMER, split(true));
        System.out.println("== all ==\n" + all.table());
        System.out.println("== development (rules tuned on these) ==\n" + development.table());
        System.out.println("== held out ==\n" + heldOut.table());
        System.out.println("== fresh (after the rules were frozen) ==\n"
                + ThemeEvaluation.evaluate(THEMER, fresh).table());
        if (Boolean.getBoolean("themes.errors")) {
            printDevelopmentErrors();
        }
        assertThat(all.microF1()).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void theWholeLabelledSetScoresWhatTheReadmeSays() {
        ThemeEvaluation all = ThemeEvaluation.evaluate(THEMER, set);

        // 429 true positives, 62 false, 28 missed: F1 = 2 x 429 / (2 x 429 + 62 + 28) = 858 / 948 = 0.9051;
        // stance right on 399 of the 429 found: 0.9301 (before the model of issue 11: 441, 64, 16; 0.917)
        assertThat(all.comments()).isEqualTo(330);
        assertThat(all.micro()).isEqualTo(new ThemeEvaluation.Score("(micro)", 429, 62, 28, 399));
        assertThat(all.microF1()).isCloseTo(0.905, within(0.0005));
        assertThat(all.stanceAccuracy()).isCloseTo(0.930, within(0.0005));
        assertThat(all.microF1()).isGreaterThanOrEqualTo(0.917 - 0.03);
        assertThat(ReadmeFigures.row("| Themer | 330 labelled comments |"))
                .contains(figures("micro-F1 %.3f (target 0.75); stance accuracy %.3f", all));
    }

    @Test
    void theHeldOutThirdScoresWhatTheReadmeSays() {
        ThemeEvaluation heldOut = ThemeEvaluation.evaluate(THEMER, split(true));

        // 145 true positives, 30 false, 10 missed: F1 = 290 / (290 + 30 + 10) = 290 / 330 = 0.8788
        // (before the model of issue 11: 150, 29, 5; 0.898: it may drop by 0.03 at most)
        assertThat(heldOut.comments()).isEqualTo(110);
        assertThat(heldOut.micro()).isEqualTo(new ThemeEvaluation.Score("(micro)", 145, 30, 10, 131));
        assertThat(heldOut.microF1()).isCloseTo(0.879, within(0.0005));
        assertThat(heldOut.microF1()).isGreaterThanOrEqualTo(0.898 - 0.03);
        assertThat(ReadmeFigures.row("| Themer | held-out third of that set |"))
                .contains(figures("micro-F1 %.3f", heldOut));
    }

    /** 60 comments written after the rules were frozen and never tuned on: the honest figures. */
    @Test
    void theFreshSetScoresWhatTheReadmeSays() {
        ThemeEvaluation freshSet = ThemeEvaluation.evaluate(THEMER, fresh);

        // 67 true positives, 10 false, 19 missed: F1 = 134 / (134 + 10 + 19) = 134 / 163 = 0.8221;
        // stance right on 57 of the 67 found: 0.8507 (before the model of issue 11: 69, 11, 17; 0.831)
        assertThat(freshSet.comments()).isEqualTo(60);
        assertThat(freshSet.micro()).isEqualTo(new ThemeEvaluation.Score("(micro)", 67, 10, 19, 57));
        assertThat(freshSet.microF1()).isCloseTo(0.822, within(0.0005));
        assertThat(freshSet.microF1()).isGreaterThanOrEqualTo(0.831 - 0.03);
        assertThat(freshSet.stanceAccuracy()).isCloseTo(0.851, within(0.0005));
        assertThat(ReadmeFigures.row("| Themer | 60 comments written after the rules were frozen |"))
                .contains(figures("micro-F1 %.3f; stance accuracy %.3f", freshSet));
    }

    /** The measured figures as the README prints them: micro-F1 first, then stance accuracy if the format asks. */
    private static String figures(String format, ThemeEvaluation evaluation) {
        return String.format(Locale.ROOT, format, evaluation.microF1(), evaluation.stanceAccuracy());
    }

    private static List<LabelledComment> split(boolean heldOut) {
        return set.stream().filter(c -> c.heldOut() == heldOut).toList();
    }

    /** Only the development comments: looking at held-out errors would make its figure meaningless. */
    private static void printDevelopmentErrors() {
        for (LabelledComment c : split(false)) {
            Map<String, Stance> found = THEMER.theme(c.text()).stream()
                    .collect(Collectors.toMap(f -> f.theme().code(), ThemeFinding::stance, (a, b) -> a, TreeMap::new));
            if (!found.equals(new TreeMap<>(c.themes()))) {
                System.out.println(
                        c.id() + " " + c.text() + "\n   want " + new TreeMap<>(c.themes()) + "\n   got  " + found);
            }
        }
    }
}
