package org.provisionlens.dashboards.funding;

import java.math.BigDecimal;
import java.util.Locale;
import org.provisionlens.dashboards.services.Labels;

/**
 * One funder of one service (a row of service_funding): its share in per cent and yearly amount in pounds, each
 * {@code null} when the funding file did not give it (unknown, never 0).
 */
record FundingLine(String funder, String funderName, BigDecimal sharePct, BigDecimal annualAmount, String arrangement) {

    public String funderLabel() {
        return Labels.funder(funder);
    }

    /** "Integrated care board (NHS Greater Manchester ICB)", or the label alone when no name is given. */
    public String funderText() {
        return funderName == null ? funderLabel() : funderLabel() + " (" + funderName + ")";
    }

    /** "80%", "33.33%", or "Not given". */
    public String shareText() {
        return sharePct == null ? "Not given" : sharePct.stripTrailingZeros().toPlainString() + "%";
    }

    public String amountText() {
        return pounds(annualAmount);
    }

    /** Whole pounds: "£2,400,000"; "Not given" when unknown. */
    public static String pounds(BigDecimal amount) {
        return amount == null
                ? "Not given"
                : String.format(
                        Locale.UK,
                        "£%,d",
                        amount.setScale(0, java.math.RoundingMode.HALF_UP).toBigInteger());
    }
}
