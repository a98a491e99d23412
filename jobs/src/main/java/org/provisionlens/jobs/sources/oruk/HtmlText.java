package org.provisionlens.jobs.sources.oruk;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text out of the HTML fragments that real feeds put in descriptions: tags taken out (block ends become spaces),
 * entities decoded once, white space collapsed. Not an HTML parser: enough for fragments such as
 * {@code <p>Drop-in for parents &amp; carers<br/>Tuesdays</p>}.
 */
public final class HtmlText {

    private static final Pattern SCRIPT_OR_STYLE =
            Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** A tag starts with a letter (or / and a letter), so "ages 5 < 11" keeps its "<". */
    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)[^<>]*>");
    /** Tags inside a line of text, taken out without a space: "<strong>trained</strong>." stays "trained.". */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "cite", "code", "em", "font", "i", "mark", "q", "s", "small", "span", "strong", "sub",
            "sup", "u");

    private static final Pattern ENTITY =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("nbsp", "\u00A0"),
            Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"),
            Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"),
            Map.entry("hellip", "\u2026"),
            Map.entry("bull", "\u2022"),
            Map.entry("middot", "\u00B7"),
            Map.entry("pound", "\u00A3"),
            Map.entry("euro", "\u20AC"),
            Map.entry("copy", "\u00A9"),
            Map.entry("reg", "\u00AE"),
            Map.entry("trade", "\u2122"),
            Map.entry("deg", "\u00B0"),
            Map.entry("frac12", "\u00BD"),
            Map.entry("eacute", "\u00E9"),
            Map.entry("egrave", "\u00E8"),
            Map.entry("aacute", "\u00E1"),
            Map.entry("agrave", "\u00E0"),
            Map.entry("ccedil", "\u00E7"),
            Map.entry("ouml", "\u00F6"),
            Map.entry("uuml", "\u00FC"),
            Map.entry("auml", "\u00E4"),
            Map.entry("rarr", "\u2192"));

    private HtmlText() {}

    /** The fragment as one line of plain text, or {@code null} when nothing is left. */
    public static String toPlainText(String html) {
        if (html == null) {
            return null;
        }
        String text = SCRIPT_OR_STYLE.matcher(html).replaceAll(" ");
        text = COMMENT.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(tag -> INLINE.contains(tag.group(1).toLowerCase(Locale.ROOT)) ? "" : " ");
        return collapse(decodeEntities(text));
    }

    /** The text with its HTML entities decoded and white space collapsed (for names), or {@code null} when blank. */
    public static String cleanLine(String text) {
        return text == null ? null : collapse(decodeEntities(text));
    }

    /** Named and numeric entities decoded, once: {@code &amp;lt;} becomes {@code &lt;}. Unknown entities stay. */
    public static String decodeEntities(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(decode(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String decode(String entity, String whole) {
        if (entity.charAt(0) == '#') {
            boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
            int codePoint = Integer.parseInt(hex ? entity.substring(2) : entity.substring(1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : whole;
        }
        return NAMED.getOrDefault(entity, whole);
    }

    private static String collapse(String text) {
        String collapsed = WHITE_SPACE.matcher(text).replaceAll(" ").trim();
        return collapsed.isEmpty() ? null : collapsed;
    }
}
