package org.provisionlens.core.sufficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class VerdictCodeTests {

    @Test
    void readsThePublishedCodesWorstFirst() {
        assertThat(VerdictCode.values())
                .extracting(VerdictCode::code)
                .containsExactly("insufficient", "at_risk", "sufficient", "no_data");
        assertThat(VerdictCode.of("at_risk")).isEqualTo(VerdictCode.AT_RISK);
        assertThat(VerdictCode.isCode("at_risk")).isTrue();
        assertThat(VerdictCode.isCode("AT_RISK")).isFalse();
        assertThatThrownBy(() -> VerdictCode.of("at-risk"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a verdict: at-risk");
    }

    @Test
    void noDataCannotBeComparedWithTheOthers() {
        assertThat(VerdictCode.values())
                .extracting(VerdictCode::severity, VerdictCode::comparable)
                .containsExactly(tuple(2, true), tuple(1, true), tuple(0, true), tuple(-1, false));
    }

    @Test
    void eachVerdictHasItsCode() {
        assertThat(new Verdict.Insufficient("r").code()).isEqualTo("insufficient");
        assertThat(new Verdict.AtRisk("r").severity()).isEqualTo(1);
        assertThat(new Verdict.Sufficient("r").verdictCode()).isEqualTo(VerdictCode.SUFFICIENT);
        assertThat(new Verdict.NoData("r").code()).isEqualTo("no_data");
    }
}
