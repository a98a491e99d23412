package org.provisionlens.core.comments.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ThemeTaxonomyTests {

    @Test
    void theStandardTaxonomyHasTheFifteenSendThemes() {
        assertThat(ThemeTaxonomy.standard().themes())
                .extracting(Theme::code)
                .containsExactly(
                        "waiting_times",
                        "ehc_process",
                        "communication",
                        "local_offer",
                        "school_places",
                        "transport",
                        "short_breaks",
                        "therapies",
                        "mental_health",
                        "preparation_for_adulthood",
                        "staff_training",
                        "social_care",
                        "health_services",
                        "costs_budgets",
                        "complaints");
    }

    @Test
    void loadsACustomTaxonomyWithPhrasesPrefixesAndPatterns() throws IOException {
        ThemeTaxonomy taxonomy = ThemeTaxonomy.load(new StringReader("""
                # a commissioner's own list
                theme sensory Sensory needs
                  sensory room, ear defender*
                  /\\bnoise\\b/
                theme food School meals
                  lunch, dinner hall
                """));
        Theme sensory = taxonomy.theme("sensory").orElseThrow();
        assertThat(sensory.label()).isEqualTo("Sensory needs");
        assertThat(taxonomy.phrases(sensory)).containsExactly("sensory room", "ear defender*");
        assertThat(taxonomy.patterns(sensory)).containsExactly("\\bnoise\\b");
        Themer themer = new Themer(taxonomy, StanceLexicon.standard());
        // "ear defenders" matches the prefix cue; "brilliant" +1
        assertThat(themer.theme("The ear defenders are brilliant."))
                .containsExactly(new ThemeFinding(sensory, Stance.POSITIVE, "The ear defenders are brilliant", 1.0));
        // the pattern finds "noise"; "dinner halls" is "dinner hall" with its plural s off; "awful" -1
        assertThat(themer.theme("The noise in the dinner halls is awful."))
                .extracting(f -> f.theme().code())
                .containsExactly("sensory", "food");
    }

    @Test
    void extendingTheStandardTaxonomyAddsAThemeAndCuesAndRemovesOne() {
        ThemeTaxonomy taxonomy = ThemeTaxonomy.standard().extendedWith("""
                theme sensory Sensory needs
                  sensory room
                theme transport Transport
                  wheelchair accessible vehicle
                  -journey*
                """);
        assertThat(taxonomy.themes()).hasSize(16);
        assertThat(taxonomy.themes().get(15)).isEqualTo(new Theme("sensory", "Sensory needs"));
        Theme transport = taxonomy.theme("transport").orElseThrow();
        assertThat(taxonomy.phrases(transport))
                .contains("wheelchair accessible vehicle")
                .doesNotContain("journey*");
        Themer themer = new Themer(taxonomy, StanceLexicon.standard());
        assertThat(themer.theme("The sensory room at the club is lovely."))
                .extracting(f -> f.theme().code())
                .containsExactly("sensory", "short_breaks");
        assertThat(themer.theme("His journey is fine.")).isEmpty();
        assertThat(ThemeTaxonomy.standard().themes()).hasSize(15);
    }

    @Test
    void saysWhichLineIsWrong() {
        assertThatThrownBy(() -> ThemeTaxonomy.load(new StringReader("# x\nwaiting list\n")))
                .hasMessage("themes line 2: a cue before any theme line");
        assertThatThrownBy(() -> ThemeTaxonomy.load(new StringReader("theme a A\n/(unclosed/\n")))
                .hasMessageStartingWith("themes line 2: bad pattern");
        assertThatThrownBy(() -> ThemeTaxonomy.load(new StringReader("theme Bad-Code Label\n")))
                .hasMessageContaining("theme code must be lower case");
    }
}
