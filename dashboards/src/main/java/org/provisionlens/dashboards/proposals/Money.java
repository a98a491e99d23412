package org.provisionlens.dashboards.proposals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Pounds as the pages write them: "£12,300", "−£4,000" for a cost, "Not known" when a part has no data. */
final class Money {

    private Money() {}

    static String text(BigDecimal pounds) {
        if (pounds == null) {
            return "Not known";
        }
        BigDecimal whole = pounds.setScale(0, RoundingMode.HALF_UP);
        String amount = String.format(Locale.UK, "£%,d", whole.abs().toBigInteger());
        return whole.signum() < 0 ? "−" + amount : amount;
    }
}
