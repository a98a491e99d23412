package org.provisionlens.dashboards.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Html;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The board pack over real HTTP, signed in as the board, a commissioner and the panel (figures: {@link BoardFixtures}). */
@DashboardsTest
class BoardPackPageTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void publish() {
        new BoardFixtures(jdbc).trafford();
    }

    @Test
    void theBoardSeesEachDecisionWithItsNumbersAndReason() {
        String html = page("board");
        assertThat(texts(html, "ul", "glance"))
                .containsExactly(
                        "1 health and social care cell of single needs and age bands is insufficient and 1 at risk.",
                        "The longest NHS community waits in NHS Greater Manchester ICB are for audiology: 33.1% had"
                                + " waited more than 18 weeks in October 2023.",
                        "2 services have a typical wait longer than 18 weeks.",
                        "1 of the 3 jointly funded services is under pressure.");
        // leaf cells by verdict: health ASD 5-10 insufficient, MLD 0-4 sufficient, SEMH 16-19 no data; social care
        // SLCN 11-15 at risk; education and the localities are not counted
        assertThat(texts(html, "table", "board-verdicts-chart-table"))
                .containsExactly(
                        "Domain",
                        "Insufficient",
                        "At risk",
                        "Sufficient",
                        "No data",
                        "Cells",
                        "Health",
                        "1",
                        "0",
                        "1",
                        "1",
                        "3",
                        "Social care",
                        "0",
                        "1",
                        "0",
                        "0",
                        "1");
        assertThat(texts(html, "p", "board-verdicts-chart-table-summary"))
                .containsExactly("Trafford has 3 health cells, 1 insufficient and 0 at risk; and 1 social care cell,"
                        + " 0 insufficient and 1 at risk.");
        // two of the three localities' health specialist cells are at risk or insufficient
        assertThat(rows(html, "overall-table"))
                .containsExactly(
                        "Health, specialist|At risk|300|290 caseload|2|Health, specialist, Trafford: 300 referrals,"
                                + " 290 caseload; 97% full",
                        "Social care, specialist|Sufficient|40|60 places|0|Social care, specialist, Trafford: 40"
                                + " children with plans, 60 places");
        // the insufficient cell first; 3 children shown as fewer than 5, in the reason too
        assertThat(rows(html, "cells-table"))
                .containsExactly(
                        "Health, specialist: Autistic spectrum disorder, aged 5-10|Insufficient: find more capacity now,"
                                + " or decide how the shortfall is met|120|100 caseload|100.0%|20|30 weeks|ASD, 5-10,"
                                + " health, specialist, Trafford: 120 referrals, 100 caseload; demand exceeds capacity"
                                + " by 20",
                        "Social care, specialist: Speech, language and communication needs, aged 11-15|At risk: plan"
                                + " capacity before the shortfall arrives|fewer than 5|4 places|75.0%|0|Not recorded|"
                                + "SLCN, 11-15, social care, specialist, Trafford: fewer than 5 children with plans, 4"
                                + " places; forecast demand 5 by 2027 exceeds capacity");
    }

    @Test
    void theLongestWaitsComeFirstWithTheirTrendAndTheServicesWaitingLongerThanTheThreshold() {
        String html = page("board");
        // audiology 468 / 1,415 = 33.07% (England 5,018 / 18,702 = 26.83%, +6.2 points) before speech and language
        // 2,102 / 6,647 = 31.62% (England 26,933 / 67,790 = 39.73%, -8.1); January 1,388 / 5,120 = 27.11%
        assertThat(rows(html, "waits-table"))
                .containsExactly(
                        "Audiology|1,415|468|33.1%|26.8%|6.2 points above England|Only October 2023 is held",
                        "Speech and language therapy|6,647|2,102|31.6%|39.7%|8.1 points below England|Up from 5,120 in"
                                + " January 2023 (27.1% over 18 weeks) to 6,647 (31.6%)");
        assertThat(texts(html, "p", "board-waits-chart-table-summary"))
                .containsExactly("The longest waits are for audiology: 33.1% of those waiting in NHS Greater Manchester"
                        + " ICB had waited more than 18 weeks in October 2023 (England 26.8%).");
        // 26 and 20 weeks are longer than 18; short breaks (4) and services giving no wait are not listed
        assertThat(rows(html, "slow-table"))
                .containsExactly(
                        "Trafford Children's Speech and Language Therapy|Health, specialist|26 weeks|40|100 caseload|98",
                        "Trafford CAMHS|Health, specialist|20 weeks|fewer than 5|200 caseload|150");
    }

    @Test
    void jointlyFundedServicesUnderPressureComeFirstWithWhy() {
        // speech and language: 98 + 40 - 100 = 38 over its caseload, 98 / 100 = 98% full (>= 90%), 26 > 18 weeks;
        // £80,000 + £120,000 = £200,000. CAMHS has one funder: not jointly funded.
        assertThat(rows(page("board"), "joint-table"))
                .containsExactly(
                        "Trafford Children's Speech and Language Therapy|NHS Greater Manchester ICB (ICB): 60%, £120,000"
                                + " a year; Trafford Council (local authority): 40%, £80,000 a year|£200,000|98.0%|40|"
                                + "26 weeks|Under pressure: in use and waiting exceed its 100 caseload by 38; 98% full"
                                + " (at risk from 90%); a typical wait of 26 weeks, longer than 18 weeks",
                        "Community Equipment Service|ICB: 50%; Trafford Council (local authority): 50%, £30,000 a year|"
                                + "at least £30,000|Not recorded|Not recorded|Not recorded|Cannot tell: its listing"
                                + " gives neither its use against its capacity nor its typical wait",
                        "Trafford Short Breaks|Trafford pooled budget (pooled budget): 100%|Not given|50.0%|0|4 weeks|"
                                + "Not under pressure");
    }

    @Test
    void aCommissionerSeesTheSamePackAndThePanelIsRefused() {
        assertThat(main(page("commissioner"))).isEqualTo(main(page("board")));
        assertThat(page("board")).contains("id=\"nav-board\"");

        Browser panel = new Browser(port);
        assertThat(panel.signIn("panel", "trafford-demo").statusCode()).isEqualTo(302);
        assertThat(panel.get("/board").statusCode()).isEqualTo(403);
        assertThat(panel.getBytes("/board/pack.pdf").statusCode()).isEqualTo(403);
        assertThat(panel.get("/proposals").body()).doesNotContain("nav-board");

        HttpResponse<String> anonymous = new Browser(port).get("/board");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(Browser.location(anonymous)).endsWith("/login");
    }

    private String page(String user) {
        Browser browser = new Browser(port);
        assertThat(browser.signIn(user, "trafford-demo").statusCode()).isEqualTo(302);
        HttpResponse<String> response = browser.get("/board");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The page's main content, without its charts (whose SVG clip ids differ each time) and spacing. */
    private static String main(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"))
                .replaceAll("(?s)<svg.*?</svg>", "<svg/>")
                .replaceAll("\\s+", " ");
    }

    /** The texts of the element's list items, paragraphs or table cells, unescaped. */
    private static List<String> texts(String html, String tag, String id) {
        String element = Html.element(html, tag, id);
        String regex = switch (tag) {
            case "ul" -> "<li[^>]*>([^<]*)</li>";
            case "table" -> "<t[hd][^>]*>([^<]*)</t[hd]>";
            default -> "<p[^>]*>([^<]*)$";
        };
        return Html.texts(element, regex).stream()
                .map(BoardPackPageTests::unescape)
                .toList();
    }

    /** Each body row of a table as its cells joined by "|". */
    private static List<String> rows(String html, String tableId) {
        String table = Html.element(html, "table", tableId);
        String body = table.substring(table.indexOf("<tbody"));
        return List.of(body.split("</tr>")).stream()
                .filter(row -> row.contains("<td"))
                .map(row -> String.join("|", Html.texts(row, "<t[hd][^>]*>([^<]*)</t[hd]>")))
                .map(BoardPackPageTests::unescape)
                .toList();
    }

    private static String unescape(String text) {
        return text.replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
