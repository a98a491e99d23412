package org.provisionlens.core.reorganisation.evidence;

import java.util.List;

/**
 * A small XHTML writer: every piece of text goes through {@link #escape}, so what users wrote (proposal names,
 * comments) can never become markup, and the document stays well-formed XML.
 */
final class Xhtml {

    /** A table: its caption, its column headings, and rows whose first cell heads the row. */
    record Table(String caption, List<String> headings, List<List<String>> rows) {
        Table {
            headings = List.copyOf(headings);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Opens {@code tag} with attributes given as name, value, name, value... */
    Xhtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(escape(attributes[i + 1]))
                    .append('"');
        }
        out.append('>');
        return this;
    }

    Xhtml close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** {@code <tag attributes>text</tag>}. */
    Xhtml element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup made elsewhere and already well-formed (the charts' SVG). */
    Xhtml raw(String markup) {
        out.append(markup).append('\n');
        return this;
    }

    Xhtml list(List<String> items, String... attributes) {
        open("ul", attributes);
        items.forEach(item -> element("li", item));
        return close("ul");
    }

    /** A table with its caption, column headings ({@code scope="col"}) and row headings ({@code scope="row"}). */
    Xhtml table(Table table) {
        open("table").element("caption", table.caption()).open("thead").open("tr");
        table.headings().forEach(heading -> element("th", heading, "scope", "col"));
        close("tr").close("thead").open("tbody");
        for (List<String> row : table.rows()) {
            open("tr");
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    element("th", row.get(i), "scope", "row");
                } else {
                    element("td", row.get(i));
                }
            }
            close("tr");
        }
        return close("tbody").close("table");
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Text as XML character data: markup characters escaped, characters XML cannot hold dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
