package org.provisionlens.dashboards;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts of children as the board and the panel see them: 1 to 4 as "fewer than 5", in the tables and in the words of
 * a verdict's reason ("3 children", "2 of them", "by 2", "cost per place for 3").
 */
public final class SmallCounts {

    public static final String FEWER_THAN_5 = "fewer than 5";

    static final String NOT_RECORDED = "Not recorded";

    /** "3 children", "1 child", "2 referrals", and "exceeds capacity by 2": a small count of people in words. */
    private static final Pattern PEOPLE =
            Pattern.compile("(?<![\\d,.£])\\b([1-4]) (child|children|young person|young people|referral|referrals)\\b");

    /**
     * "exceeds capacity by 0.6", "exceed their caseload by 3": the gap between a count and a capacity the text shows,
     * which gives the count away once the count is suppressed. Years ("by 2028") do not follow "exceed".
     */
    private static final Pattern GAP = Pattern.compile("(\\bexceeds? [^;]*?\\bby )\\d[\\d,]*(?:\\.\\d+)?");

    /** "2 of them", "3 with plans", "4 on SEN support", "cost per place for 3". */
    private static final Pattern OTHER = Pattern.compile(
            "(?<![\\d.,£])\\b[1-4](?= (?:of them|with plans|on SEN support))|(?<=cost per place for )[1-4]\\b");

    private SmallCounts() {}

    public static boolean suppressed(Integer count) {
        return count != null && count > 0 && count < 5;
    }

    /** "Not recorded", "fewer than 5", "0", "1,234". */
    public static String count(Integer count) {
        if (count == null) {
            return NOT_RECORDED;
        }
        return suppressed(count) ? FEWER_THAN_5 : Formats.count(count);
    }

    /**
     * A reason with every small count of people in it written as "fewer than 5", and, when one was, the gaps it
     * exceeds a capacity by (which would give it away); other gaps stay, as both their sides are shown.
     */
    public static String inText(String text) {
        if (text == null) {
            return "";
        }
        Matcher people = PEOPLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (people.find()) {
            people.appendReplacement(out, FEWER_THAN_5 + " " + plural(people.group(2)));
        }
        people.appendTail(out);
        String suppressed = OTHER.matcher(out.toString()).replaceAll(FEWER_THAN_5);
        // a count of fewer than 5 that exceeds a capacity exceeds it by fewer than 5
        return suppressed.equals(text) ? text : GAP.matcher(suppressed).replaceAll("$1" + FEWER_THAN_5);
    }

    private static String plural(String noun) {
        return switch (noun) {
            case "child" -> "children";
            case "young person" -> "young people";
            case "referral" -> "referrals";
            default -> noun;
        };
    }
}
