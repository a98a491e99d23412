package org.provisionlens.core.reorganisation.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the pack writes numbers: minutes to one decimal, pounds to the pound with thousands separators, counts. */
final class Figures {

    private Figures() {}

    /** "14", "14.5"; "unknown" for {@code null}. */
    static String number(Double value) {
        if (value == null) {
            return "unknown";
        }
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK)).format(round(value));
    }

    /** A growth factor to two decimals: "0.95", "1.1" (one decimal would show 0.95 as 1). */
    static String growth(double value) {
        return new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    /** "14.5 minutes"; "unknown" for {@code null}. */
    static String minutes(Double value) {
        return value == null ? "unknown" : number(value) + " minutes";
    }

    /** "£1,234"; "unknown" for {@code null}. */
    static String pounds(BigDecimal value) {
        if (value == null) {
            return "unknown";
        }
        String digits = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK))
                .format(value.abs().setScale(0, RoundingMode.HALF_UP));
        return (value.signum() < 0 ? "-£" : "£") + digits;
    }

    /** "82.5%" of a share 0-1; "unknown" for {@code null}. */
    static String percent(Double share) {
        return share == null ? "unknown" : number(share * 100) + "%";
    }

    /** "1 child", "3 children". */
    static String children(int count) {
        return count + (count == 1 ? " child" : " children");
    }

    /** "1 cell", "3 cells" and the like: the noun with an s unless the count is one. */
    static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** A value rounded to one decimal, the precision the pack shows and compares at. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Whether {@code after} is more than {@code before} at the precision shown; unknowns never compare. */
    static boolean more(Double after, Double before) {
        return after != null && before != null && round(after) > round(before);
    }
}
