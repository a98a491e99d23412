package org.provisionlens.dashboards.board;

import java.math.BigDecimal;
import java.util.Locale;

/** One funder of a service: who (LA, ICB, JOINT, SCHOOL, OTHER, and its name), its share and amount when given. */
record FundingShare(
        String funder, String funderName, BigDecimal sharePct, BigDecimal annualAmount, String arrangement) {

    /** "Trafford Council (LA): 60%, £120,000 a year"; a share or amount not given is left out, never 0. */
    String text() {
        StringBuilder text = new StringBuilder(
                funderName == null || funderName.isBlank() ? kind() : funderName + " (" + kind() + ")");
        String share = sharePct == null ? null : Labels.number(sharePct) + "%";
        String amount = annualAmount == null ? null : pounds(annualAmount) + " a year";
        if (share != null || amount != null) {
            text.append(": ").append(share == null ? amount : amount == null ? share : share + ", " + amount);
        }
        return text.toString();
    }

    private String kind() {
        return switch (funder) {
            case "LA" -> "local authority";
            case "ICB" -> "ICB";
            case "JOINT" -> "pooled budget";
            case "SCHOOL" -> "schools";
            default -> "other";
        };
    }

    static String pounds(BigDecimal amount) {
        return "£"
                + String.format(
                        Locale.UK,
                        "%,d",
                        amount.setScale(0, java.math.RoundingMode.HALF_UP).longValue());
    }
}
