package org.provisionlens.dashboards.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The "You said, we did" PDF and its Easy Read version are tagged: a structure tree a screen reader can follow
 * (Document, headings, the table with its header cells, the chart as a figure with its alternative text), every
 * element's text in marked content, the language and title set, and every font embedded.
 */
@DashboardsTest
class YouSaidPdfTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void data() {
        new CommentFixtures(jdbc).trafford().lastYearsAction();
    }

    @Test
    void theReportIsTaggedWithItsHeadingsTablesAndChart() throws IOException {
        TaggedPdf pdf = pdf("/you-said-we-did.pdf?la=E08000009&period=2025");
        assertThat(pdf.marked()).isTrue();
        assertThat(pdf.language()).isEqualTo("en");
        assertThat(pdf.title()).isEqualTo("You said, we did: Trafford");
        assertThat(pdf.fontsEmbedded()).as(pdf.fonts().toString()).isTrue();
        assertThat(pdf.elements().get(0).type()).isEqualTo("Document");
        assertThat(pdf.types()).contains("H1", "H2", "H3", "P", "BlockQuote", "Caption", "THead", "TBody");
        assertThat(pdf.ofType("H1")).hasSize(1);
        // H2: the chart, the three themes and last year's actions
        assertThat(pdf.ofType("H2")).hasSize(5);
        // two tables: themes (header row of 5, 3 theme rows) and last year's actions (header row of 5, 1 row);
        // every row starts with its header cell: 5 + 3 + 5 + 1 = 14 TH, 3 * 4 + 1 * 4 = 16 TD
        assertThat(pdf.ofType("Table")).hasSize(2);
        assertThat(pdf.ofType("TH")).hasSize(14);
        assertThat(pdf.ofType("TD")).hasSize(16);
        assertThat(pdf.ofType("Figure")).singleElement().satisfies(figure -> {
            assertThat(figure.alt()).isEqualTo(ReportPdf.CHART_ALT);
            assertThat(figure.mcids()).isNotEmpty();
        });
        // every heading and cell has its text in marked content
        for (String type : java.util.List.of("H1", "H2", "H3", "TH", "TD", "Caption")) {
            assertThat(pdf.ofType(type))
                    .as(type)
                    .allSatisfy(e -> assertThat(e.mcids()).isNotEmpty());
        }
        assertThat(pdf.markedTexts())
                .contains("You said, we did", "Comments on each theme, and what people said", "Waiting times", "20")
                .contains("withheld", "fewer than 5", "Hire two more therapists")
                .noneMatch(t -> t.contains("RAWMARKER") || t.contains("SECRETQUOTE") || t.contains("HELDWORD"));
    }

    @Test
    void theEasyReadVersionIsTaggedWithBoldKeyWords() throws IOException {
        byte[] bytes = new Browser(port)
                .getBytes("/you-said-we-did/easy-read.pdf?la=E08000009&period=2025")
                .body();
        TaggedPdf pdf = TaggedPdf.read(bytes);
        assertThat(pdf.marked()).isTrue();
        assertThat(pdf.language()).isEqualTo("en");
        assertThat(pdf.title()).isEqualTo("You said, we did: Easy Read: Trafford");
        assertThat(pdf.fontsEmbedded()).as(pdf.fonts().toString()).isTrue();
        assertThat(pdf.elements().get(0).type()).isEqualTo("Document");
        assertThat(pdf.ofType("H1")).hasSize(1);
        // H2: about, keeping you safe, what you told us, 3 themes, last year = 7; H3: you said and we did of each theme
        assertThat(pdf.ofType("H2")).hasSize(7);
        assertThat(pdf.ofType("H3")).hasSize(6);
        assertThat(pdf.ofType("Sect")).hasSize(7);
        // a bold key word is a span of its own in its line
        // a screen reader reads each line in order, its bold key words in place (the page draws them after the line)
        assertThat(pdf.ofType("P").stream().map(TaggedPdf.Element::text).toList())
                .as(pdf.toString())
                .containsSubsequence(
                        "This report is about Trafford.",
                        "We got 20 comments about this.",
                        "12 people were unhappy.",
                        "Some people were happy.",
                        "Fewer than 5 people had mixed views.",
                        "One person said: “the wait was long”");
        assertThat(pdf.ofType("H2").stream().map(TaggedPdf.Element::text).toList())
                .containsExactlyElementsOf(EasyReadTextTests.HEADINGS);
        assertThat(TaggedPdf.boldTextDrawn(bytes)).isTrue();
        // large text: nothing smaller than the 16 point body text
        assertThat(TaggedPdf.smallestTextPoints(bytes)).isGreaterThanOrEqualTo(16f);
    }

    private TaggedPdf pdf(String path) throws IOException {
        var response = new Browser(port).getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return TaggedPdf.read(response.body());
    }
}
