package org.provisionlens.dashboards.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the review pages write the decimals of the cells: no needless zeros, thousands separated, in UK English. */
final class Numbers {

    private Numbers() {}

    /** 10.00 is "10", 1234.50 is "1,234.5"; null is null. */
    static String plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** One decimal and a per cent sign: 88.1 is "88.1%". */
    static String percent(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** One decimal and a per cent sign from a double. */
    static String percent(double value) {
        return String.format(Locale.UK, "%.1f%%", value);
    }

    static String pounds(BigDecimal value) {
        return value == null
                ? null
                : "£"
                        + String.format(
                                Locale.UK,
                                "%,d",
                                value.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
