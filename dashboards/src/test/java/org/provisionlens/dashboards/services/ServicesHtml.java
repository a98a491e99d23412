package org.provisionlens.dashboards.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the tables, rows and cells of a page's HTML, for assertions on exact values. */
final class ServicesHtml {

    private ServicesHtml() {}

    static String table(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("table " + id).isNotNegative();
        return page.substring(start, page.indexOf("</table>", start));
    }

    static String row(String table, String text) {
        int at = table.indexOf(text);
        assertThat(at).as("row with " + text).isNotNegative();
        int start = table.lastIndexOf("<tr", at);
        return table.substring(start, table.indexOf("</tr>", at));
    }

    static List<String> cells(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        return matcher.results().map(result -> result.group(1).trim()).toList();
    }

    /** The counts of one domain's line of the domain by tier table. */
    static List<String> domainCells(String table, String domain) {
        return cells(
                row(table, "scope=\"row\" class=\"govuk-table__header\">" + domain + "<"), "<td[^>]*>([^<]*)</td>");
    }

    /** The service names of the services table, in order. */
    static List<String> names(String table) {
        return cells(table, "<a class=\"govuk-link\" href=\"/services/[^\"]*\">([^<]*)</a>");
    }
}
