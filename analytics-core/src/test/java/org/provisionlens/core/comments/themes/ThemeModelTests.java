package org.provisionlens.core.comments.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A hand-made model, its arithmetic worked out in the comments, and how the themer combines it with the cues. */
class ThemeModelTests {

    private static final String MODEL = """
            # a model small enough to work out by hand
            theme waiting_times -2 0.5 0.3
            quick 3
            arriv quick 1
            @transport -1
            theme transport -1 0.9 0.3
            friend -3
            @transport 1
            """;

    private static Themer themer(String taxonomy) throws IOException {
        return new Themer(
                ThemeTaxonomy.load(new StringReader(taxonomy)),
                StanceLexicon.load(new StringReader("[positive]\ngood\n[negative]\nbad\n")),
                ThemeModel.load(new StringReader(MODEL)));
    }

    private static Themer themer() throws IOException {
        return themer("theme waiting_times Waiting times\nwait\ntheme transport Transport\ntaxi\n");
    }

    @Test
    void readsThemesThresholdsAndWeights() throws IOException {
        ThemeModel model = ThemeModel.load(new StringReader(MODEL));
        assertThat(model.themes())
                .extracting(ThemeModel.Weights::code, ThemeModel.Weights::threshold, ThemeModel.Weights::cuedThreshold)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("waiting_times", 0.5, 0.3),
                        org.assertj.core.groups.Tuple.tuple("transport", 0.9, 0.3));
        // "They arrived quickly": they, arriv (arrived less -ed), quick (quickly less -ly) and the pairs:
        // -2 + 3 (quick) + 1 (arriv quick) = 2; 1 / (1 + e^-2) = 0.8808
        Set<String> features = ThemeModel.features(Clauses.split("They arrived quickly."));
        assertThat(features).containsExactlyInAnyOrder("they", "arriv", "quick", "they arriv", "arriv quick");
        assertThat(model.themes().get(0).probability(features)).isCloseTo(0.8808, within(0.00005));
    }

    @Test
    void findsAThemeNoCueFoundAndGivesTheClauseThatWeighsMostAsItsEvidence() throws IOException {
        // cues: "taxi" -> transport in the first clause, so @transport is present.
        // waiting_times: -2 + 3 + 1 - 1 = 1; 1 / (1 + e^-1) = 0.731 >= 0.5: found. The first clause's words weigh 0,
        // the second's 3 + 1 = 4: the evidence is "They arrived quickly". It has no stance word, nor has its sentence;
        // the comment leans -1 (bad): negative. transport, cued: -1 + 1 = 0; 1 / (1 + e^0) = 0.5, not below 0.3: kept.
        assertThat(themer().theme("The taxi was bad. They arrived quickly."))
                .extracting(f -> f.theme().code(), ThemeFinding::stance, ThemeFinding::evidence, ThemeFinding::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("transport", Stance.NEGATIVE, "The taxi was bad", -1.0),
                        org.assertj.core.groups.Tuple.tuple(
                                "waiting_times", Stance.NEGATIVE, "They arrived quickly", 0.0));
    }

    @Test
    void overrulesACueWhereTheRestOfTheCommentSaysOtherwise() throws IOException {
        // "Friendly taxi": friendly -> friend (less -ly); transport: -1 + 1 (@transport) - 3 (friend) = -3;
        // 1 / (1 + e^3) = 0.047 < 0.3: the cue is overruled. waiting_times: -2 - 1 = -3, 0.047 < 0.5: not found.
        assertThat(themer().theme("Friendly taxi.")).isEmpty();
    }

    @Test
    void leavesAloneThemesTheTaxonomyDoesNotHave() throws IOException {
        // the same words, but the taxonomy has no waiting_times: the model's waiting_times is never asked
        assertThat(themer("theme transport Transport\ntaxi\n").theme("The taxi was bad. They arrived quickly."))
                .extracting(f -> f.theme().code())
                .containsExactly("transport");
    }

    @Test
    void refusesAFileItCannotRead() {
        assertThatThrownBy(() -> ThemeModel.load(new StringReader("theme waiting_times -2 0.5 0.3\nquick x\n")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> ThemeModel.load(new StringReader("theme waiting_times -2 1.5 0.3\n")))
                .hasMessageContaining("thresholds must lie in (0, 1)");
        assertThatThrownBy(() -> ThemeModel.load(new StringReader("quick 3\n"))).hasMessageContaining("line 1");
    }
}
