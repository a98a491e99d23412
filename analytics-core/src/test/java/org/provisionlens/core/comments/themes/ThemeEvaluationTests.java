package org.provisionlens.core.comments.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeEvaluationTests {

    private static Themer fruitThemer() throws IOException {
        ThemeTaxonomy taxonomy =
                ThemeTaxonomy.load(new StringReader("theme a Apples\napple\ntheme b Bananas\nbanana\n"));
        StanceLexicon lexicon = StanceLexicon.load(new StringReader("[positive]\ngood\n[negative]\nbad\n"));
        return new Themer(taxonomy, lexicon);
    }

    @Test
    void scoresThemesOverPairsAndStanceOverCorrectlyFoundThemes() throws IOException {
        List<LabelledComment> set = List.of(
                // found a POSITIVE: true positive, stance right
                new LabelledComment("c1", "apple good.", Map.of("a", Stance.POSITIVE)),
                // found a NEGATIVE (right) and b POSITIVE (labelled negative: found, stance wrong)
                new LabelledComment(
                        "c2", "apple bad. banana good.", Map.of("a", Stance.NEGATIVE, "b", Stance.NEGATIVE)),
                // found b, labelled nothing: false positive
                new LabelledComment("c3", "banana good.", Map.of()),
                // labelled a, found nothing: false negative
                new LabelledComment("c4", "cherry bad.", Map.of("a", Stance.NEGATIVE)));
        ThemeEvaluation e = ThemeEvaluation.evaluate(fruitThemer(), set);
        // a: tp 2, fp 0, fn 1 -> P 1, R 2/3, F1 = 2 * (2/3) / (5/3) = 0.8; stance 2 of 2
        assertThat(e.themes().get(0)).isEqualTo(new ThemeEvaluation.Score("a", 2, 0, 1, 2));
        assertThat(e.themes().get(0).f1()).isCloseTo(0.8, within(1e-12));
        // b: tp 1, fp 1, fn 0 -> P 1/2, R 1, F1 2/3; stance 0 of 1
        assertThat(e.themes().get(1)).isEqualTo(new ThemeEvaluation.Score("b", 1, 1, 0, 0));
        assertThat(e.themes().get(1).f1()).isCloseTo(2.0 / 3, within(1e-12));
        // pooled: tp 3, fp 1, fn 1 -> P = R = F1 = 0.75; stance 2 of 3
        assertThat(e.micro()).isEqualTo(new ThemeEvaluation.Score("(micro)", 3, 1, 1, 2));
        assertThat(e.microF1()).isCloseTo(0.75, within(1e-12));
        assertThat(e.stanceAccuracy()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(e.table()).contains("4 comments; micro-F1 0.750; stance accuracy 0.667 (2 of 3)");
    }

    @Test
    void readsTheTabSeparatedSetAndItsHeldOutThird() throws IOException {
        List<LabelledComment> set = LabelledComment.read(new StringReader(
                "# note\nid\ttext\tthemes\nc003\tSlow.\twaiting_times:negative|therapies:mixed\nc004\tFine.\t-\n"));
        assertThat(set)
                .containsExactly(
                        new LabelledComment(
                                "c003", "Slow.", Map.of("waiting_times", Stance.NEGATIVE, "therapies", Stance.MIXED)),
                        new LabelledComment("c004", "Fine.", Map.of()));
        assertThat(set).extracting(LabelledComment::heldOut).containsExactly(true, false);
    }
}
