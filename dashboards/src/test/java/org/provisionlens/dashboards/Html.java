package org.provisionlens.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pieces of a page's HTML, for tests that read pages as text. */
public final class Html {

    private Html() {}

    /** The element of {@code tag} with the id, to its matching close tag (nested elements of the same tag included). */
    public static String element(String html, String tag, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element #" + id).isGreaterThan(0);
        start = html.lastIndexOf("<" + tag, start);
        int end = html.indexOf("</" + tag + ">", start);
        int nested = html.indexOf("<" + tag, start + 1);
        while (nested > 0 && nested < end) {
            end = html.indexOf("</" + tag + ">", end + 1);
            nested = html.indexOf("<" + tag, nested + 1);
        }
        return html.substring(start, end);
    }

    /** The trimmed first group of each match of {@code regex}. */
    public static List<String> texts(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        List<String> texts = new ArrayList<>();
        while (matcher.find()) {
            texts.add(matcher.group(1).trim());
        }
        return texts;
    }

    /** The texts of a table's row headers. */
    public static List<String> rowHeaders(String table) {
        return texts(table, "<th scope=\"row\"[^>]*>([^<]*)</th>");
    }

    /** The table row whose header (or a cell) is exactly {@code header}. */
    public static String row(String table, String header) {
        int at = table.indexOf(">" + header + "<");
        assertThat(at).as("row " + header).isGreaterThan(0);
        return table.substring(table.lastIndexOf("<tr", at), table.indexOf("</tr>", at));
    }
}
