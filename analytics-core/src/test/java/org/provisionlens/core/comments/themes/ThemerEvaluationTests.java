package org.provisionlens.core.comments.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped themer against the hand-labelled set (written before the rules). The rules were tuned looking only at
 * the development two thirds; the held-out third (ids divisible by 3) is reported on its own.
 */
class ThemerEvaluationTests {

    private static List<LabelledComment> set;
    private static List<LabelledComment> fresh;
    private static final Themer THEMER = Themer.standard();

    @BeforeAll
    static void read() throws IOException {
        set = read("/comments/themes-eval.tsv");
        fresh = read("/comments/themes-fresh.tsv");
    }

    private static List<LabelledComment> read(String resource) throws IOException {
        try (Reader r = new InputStreamReader(
                ThemerEvaluationTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return LabelledComment.read(r);
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
        // written after the rules were frozen and never tuned on: reported, not asserted
        System.out.println("== fresh (after the rules were frozen) ==\n"
                + ThemeEvaluation.evaluate(THEMER, fresh).table());
        if (Boolean.getBoolean("themes.errors")) {
            printDevelopmentErrors();
        }
        assertThat(all.microF1()).isGreaterThanOrEqualTo(0.75);
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
