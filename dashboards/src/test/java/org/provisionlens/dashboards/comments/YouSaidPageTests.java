package org.provisionlens.dashboards.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@DashboardsTest
class YouSaidPageTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void data() {
        new CommentFixtures(jdbc).trafford().lastYearsAction();
    }

    @Test
    void abusiveCommentsAndComplaintsAboutAnIndividualAreLeftOutAndCounted() {
        new CommentFixtures(jdbc).trafford().leftOut();
        String html = new Browser(port)
                .get("/you-said-we-did?la=E08000009&period=2025")
                .body();
        // the two left-out comments are counted, not quoted, and not in the waiting-times counts (still 20)
        assertThat(html)
                .contains("Left out of this report: 1 abusive, and 1 about an individual member of staff")
                .contains("Most people (12 of 20) were unhappy with it")
                .doesNotContain("ABUSEWORD")
                .doesNotContain("COMPLAINTWORD");
    }

    @Test
    void publicPageGivesEachThemeItsCountsAndSentenceWithoutLogin() {
        HttpResponse<String> page = new Browser(port).get("/you-said-we-did?la=E08000009");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        // the latest year by default, themes by number of comments
        assertThat(html).contains("Trafford</span>, comments of\n        <span>2025</span>");
        assertThat(html.indexOf("<h2 class=\"govuk-heading-l\">Waiting times</h2>"))
                .isLessThan(html.indexOf("<h2 class=\"govuk-heading-l\">Home to school transport</h2>"));
        assertThat(html)
                .contains("20 comments raised this theme.")
                // 12 unhappy, 5 happy, 3 mixed: the lone small count (3) is "fewer than 5", and the next smallest (5)
                // is withheld so that 20 - 12 - 5 cannot give the 3 away
                .contains("Most people (12 of 20) were unhappy with it; some were happy with it;"
                        + " some (fewer than 5) had mixed views.")
                .contains("9 comments raised this theme.")
                // 6 happy, 3 unhappy, none mixed: the 6 is withheld too, or 9 - 6 would give the 3 away
                .contains("Most people were happy with it; some (fewer than 5) were unhappy with it.")
                .contains("2 comments are being checked before publication, or were withheld after checking.");
        // quotes: three, without a placeholder first, shortest first
        assertThat(html)
                .contains("“the wait was long”")
                .contains("“waited eighteen months”")
                .contains("“nobody told us how long”")
                .doesNotContain("[CHILD 1] waited");
        // last year's action and its status
        assertThat(html)
                .contains("Hire two more therapists")
                .contains("Head of SEND")
                .contains("Done");
    }

    @Test
    void smallThemesAreSuppressedWithoutQuotes() {
        String html = new Browser(port)
                .get("/you-said-we-did?la=E08000009&period=2025")
                .body();
        assertThat(html)
                .contains("<h2 class=\"govuk-heading-l\">Communication</h2>")
                .contains("fewer than 5 comments raised this theme.")
                .doesNotContain("SECRETQUOTE")
                .doesNotContainPattern("<td[^>]*>3</td>");
    }

    @Test
    void heldCommentsAndRawTextNeverShow() {
        String html = new Browser(port).get("/you-said-we-did?la=E08000009").body();
        assertThat(html).doesNotContain("HELDWORD").doesNotContain("RAWMARKER").doesNotContain("Jane Smith");
    }

    @Test
    void anEarlierPeriodHasOnlyItsComments() {
        String html = new Browser(port)
                .get("/you-said-we-did?la=E08000009&period=2024")
                .body();
        assertThat(html).contains("fewer than 5 comments raised this theme.").doesNotContain("Communication");
        assertThat(html).doesNotContain("being checked");
    }

    @Test
    void pdfHoldsTheReportThemesAndCounts() throws IOException {
        HttpResponse<byte[]> pdf = new Browser(port).getBytes("/you-said-we-did.pdf?la=E08000009&period=2025");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("Waiting times 20 12 withheld fewer than 5")
                .contains("Home to school transport 9 fewer than 5 withheld 0")
                .contains("Communication fewer than 5 fewer than 5 fewer than 5 fewer than 5")
                .contains("Most people (12 of 20) were unhappy with it")
                .contains("“the bus is on time” We did")
                .contains("2 comments are being checked before publication, or were withheld after checking.")
                .contains("Hire two more therapists")
                .doesNotContain("RAWMARKER")
                .doesNotContain("HELDWORD")
                .doesNotContain("SECRETQUOTE");
    }

    @Test
    void responsesNeedACommissioner() {
        HttpResponse<String> anonymous = new Browser(port).get("/comments/responses?la=E08000009");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(Browser.location(anonymous)).endsWith("/login");
        Browser panel = new Browser(port);
        assertThat(panel.signIn("panel", "trafford-demo").statusCode()).isEqualTo(302);
        assertThat(panel.get("/comments/responses?la=E08000009").statusCode()).isEqualTo(403);
    }

    @Test
    void aResponseSavedThroughTheFormIsPublished() {
        Browser browser = new Browser(port).signedInAsDemoCommissioner();
        HttpResponse<String> form = browser.get("/comments/responses?la=E08000009&period=2025");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Home to school transport").contains("Save the response");

        Map<String, String> post = transport(Browser.csrfToken(form.body()));
        HttpResponse<String> saved = browser.post("/comments/responses", post);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(Browser.location(saved)).contains("/comments/responses?la=E08000009&period=2025");

        String page = new Browser(port)
                .get("/you-said-we-did?la=E08000009&period=2025")
                .body();
        assertThat(page)
                .contains("We will add a second bus route")
                .contains("Tender the route")
                .contains("Transport team")
                .contains("31 March 2026")
                .contains("In progress");
        assertThat(jdbc.queryForObject(
                        "SELECT updated_by FROM comment_response WHERE period = '2025' AND theme = 'transport'",
                        String.class))
                .isEqualTo("commissioner");

        // saving again updates the same response
        post.put(
                "_csrf",
                Browser.csrfToken(browser.get("/comments/responses?la=E08000009&period=2025")
                        .body()));
        post.put("status", "done");
        assertThat(browser.post("/comments/responses", post).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) || ' ' || min(status) FROM comment_response WHERE period = '2025'",
                        String.class))
                .isEqualTo("1 done");
    }

    @Test
    void theFormSaysWhatIsMissingOrWrong() {
        Browser browser = new Browser(port).signedInAsDemoCommissioner();
        String token = Browser.csrfToken(
                browser.get("/comments/responses?la=E08000009&period=2025").body());
        Map<String, String> post = transport(token);
        post.put("response", " ");
        post.put("dueDay", "31");
        post.put("dueMonth", "2");
        HttpResponse<String> page = browser.post("/comments/responses", post);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("There is a problem")
                .contains("Enter a response")
                .contains("Due date must be a real date, for example 31 3 2026");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comment_response WHERE period = '2025'", Integer.class))
                .isZero();
    }

    private static Map<String, String> transport(String token) {
        Map<String, String> post = new LinkedHashMap<>();
        post.put("_csrf", token);
        post.put("la", "E08000009");
        post.put("period", "2025");
        post.put("theme", "transport");
        post.put("response", "We will add a second bus route");
        post.put("action", "Tender the route");
        post.put("owner", "Transport team");
        post.put("dueDay", "31");
        post.put("dueMonth", "3");
        post.put("dueYear", "2026");
        post.put("status", "in_progress");
        return post;
    }
}
