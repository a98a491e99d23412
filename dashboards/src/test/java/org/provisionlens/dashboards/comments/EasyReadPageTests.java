package org.provisionlens.dashboards.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
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

/**
 * The Easy Read page and PDF, without login, from the fixture's comments (see {@link CommentFixtures}): 2025 waiting
 * times 20 (12 unhappy, 5 happy, 3 mixed), transport 9 (6 happy, 3 unhappy), communication 3; 2 held; last year's
 * action done.
 */
@DashboardsTest
class EasyReadPageTests {

    static final String PAGE = "/you-said-we-did/easy-read?la=E08000009&period=2025";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void data() {
        new CommentFixtures(jdbc).trafford().lastYearsAction();
    }

    @Test
    void thePageSaysTheSameNumbersInShortLinesWithKeyWordsInBold() {
        HttpResponse<String> page = new Browser(port).get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("<h1 class=\"govuk-heading-xl\">You said, we did: Easy Read</h1>")
                .contains("<h2 class=\"govuk-heading-l\">Waiting times</h2>")
                .contains("<h3 class=\"govuk-heading-m\">You said</h3>")
                .contains("<p class=\"govuk-body-l pl-easy-line\">We got <strong>20 comments</strong> about this.</p>")
                .contains("<p class=\"govuk-body-l pl-easy-line\"><strong>12</strong> people were <strong>unhappy"
                        + "</strong>.</p>")
                // 5 happy is withheld (else 20 - 12 - 5 gives the 3 mixed away)
                .contains("Some people were <strong>happy</strong>.")
                .contains("<strong>Fewer than 5</strong> people had <strong>mixed views</strong>.")
                .contains("We got <strong>9 comments</strong> about this.")
                .contains("<strong>Fewer than 5</strong> people told us about this.")
                .contains("<strong>2 comments</strong> are not in this report.")
                .contains("What we said we would do in 2024")
                .contains("Hire two more therapists")
                .contains("We have <strong>done</strong> this.")
                .contains("href=\"/you-said-we-did/easy-read.pdf?la=E08000009&amp;period=2025\"");
        assertThat(html)
                .doesNotContain("RAWMARKER")
                .doesNotContain("HELDWORD")
                .doesNotContain("SECRETQUOTE")
                .doesNotContain(">5<");
    }

    @Test
    void theFullReportLinksToBoth() {
        String html = new Browser(port)
                .get("/you-said-we-did?la=E08000009&period=2025")
                .body();
        assertThat(html)
                .contains("href=\"/you-said-we-did/easy-read?la=E08000009&amp;period=2025\"")
                .contains("href=\"/you-said-we-did/easy-read.pdf?la=E08000009&amp;period=2025\"");
    }

    @Test
    void thePdfHoldsTheSameLines() throws IOException {
        HttpResponse<byte[]> pdf =
                new Browser(port).getBytes("/you-said-we-did/easy-read.pdf?la=E08000009&period=2025");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                .contains("you-said-we-did-easy-read-E08000009-2025.pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // by position: the renderer draws a line's bold words after the rest of it
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("We got 20 comments about this. 12 people were unhappy. Some people were happy."
                        + " Fewer than 5 people had mixed views.")
                .contains("Fewer than 5 people told us about this.")
                .doesNotContain("RAWMARKER")
                .doesNotContain("SECRETQUOTE");
    }

    @Test
    void aBadPeriodIsRefusedAndNoPublishedRunIsSaid() {
        assertThat(new Browser(port)
                        .get("/you-said-we-did/easy-read?la=E08000009&period=last")
                        .statusCode())
                .isEqualTo(400);
        assertThat(new Browser(port)
                        .getBytes("/you-said-we-did/easy-read.pdf?la=E99999999")
                        .statusCode())
                .isEqualTo(404);
        assertThat(new Browser(port)
                        .get("/you-said-we-did/easy-read?la=E99999999")
                        .body())
                .contains("We have <strong>not</strong> published a report yet.");
    }
}
