package org.provisionlens.dashboards.review;

import java.util.Arrays;
import java.util.List;
import org.provisionlens.core.sufficiency.VerdictCode;

/**
 * What the pages show for a verdict (the ratings themselves are the core's {@link VerdictCode}): a GOV.UK colour and,
 * so that colour is never the only cue, a text mark (and a hatch for no data).
 */
record VerdictBadge(VerdictCode verdict) {

    /** Every verdict's badge, worst first: the heat map's key. */
    static List<VerdictBadge> all() {
        return Arrays.stream(VerdictCode.values()).map(VerdictBadge::new).toList();
    }

    public String code() {
        return verdict.code();
    }

    public String label() {
        return verdict.label();
    }

    public String mark() {
        return switch (verdict) {
            case INSUFFICIENT -> "✗";
            case AT_RISK -> "!";
            case SUFFICIENT -> "✓";
            case NO_DATA -> "?";
        };
    }

    private String colour() {
        return switch (verdict) {
            case INSUFFICIENT -> "red";
            case AT_RISK -> "orange";
            case SUFFICIENT -> "green";
            case NO_DATA -> "grey";
        };
    }

    /** The heat map cell's class: {@code pl-heat--at-risk}. */
    public String cssClass() {
        return "pl-heat--" + verdict.code().replace('_', '-');
    }

    public String tagClass() {
        return "govuk-tag govuk-tag--" + colour();
    }
}
