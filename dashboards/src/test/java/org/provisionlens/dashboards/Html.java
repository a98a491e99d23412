package org.provisionlens.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding parts of a page's HTML in the page tests. */
public final class Html {

    private Html() {}

    /** The element {@code <tag id="id">} with its content (nested elements of the same tag included). */
    public static String element(String html, String tag, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element #" + id).isGreaterThan(0);
        start = html.lastIndexOf("<" + tag, start);
        int end = html.indexOf("</" + tag + ">", start);
        // nested elements of the same tag: extend to the matching close
        int nested = html.indexOf("<" + tag, start + 1);
        while (nested > 0 && nested < end) {
            end = html.indexOf("</" + tag + ">", end + 1);
            nested = html.indexOf("<" + tag, nested + 1);
        }
        return html.substring(start, end);
    }

    /** The table row whose header (or a cell) is exactly {@code header}. */
    public static String row(String table, String header) {
        int at = table.indexOf(">" + header + "<");
        assertThat(at).as("row " + header).isGreaterThan(0);
        return table.substring(table.lastIndexOf("<tr", at), table.indexOf("</tr>", at));
    }
}
