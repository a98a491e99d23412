package org.provisionlens.dashboards.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.provisionlens.dashboards.Html;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The evidence pack of a proposal as a page and as a tagged PDF, for the panel. */
@DashboardsTest
class EvidencePageTests {

    static final String LA = "?la=" + ProposalsFixtures.TRAFFORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Browser panel;

    @BeforeEach
    void trafford() {
        new ProposalsFixtures(jdbc).trafford();
        panel = new Browser(port);
        panel.signIn("panel", "trafford-demo");
    }

    @Test
    void thePackIsAPageInTheLayoutWithItsPdfLink() {
        String page = ProposalPagesTests.ok(panel, "/proposals/close-alpha/evidence" + LA);
        String pack = Html.element(page, "div", "evidence-pack");
        assertThat(pack).contains("Close Alpha School").doesNotContain("<body").doesNotContain("<html");
        assertThat(page).contains("/proposals/close-alpha/evidence.pdf?la=E08000009");
        assertThat(page).doesNotContain("child-a").doesNotContain("Jamie Smith");
    }

    @Test
    void thePdfIsTaggedWithHeadings() throws IOException {
        HttpResponse<byte[]> response = panel.getBytes("/proposals/close-alpha/evidence.pdf" + LA);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            List<String> types = new ArrayList<>();
            EvidencePdfTests.collect(pdf.getDocumentCatalog().getStructureTreeRoot(), types);
            // the charts are images with their titles as alternative text, tagged as figures
            assertThat(types).contains("H1", "H2", "Table", "Figure");
            EvidencePdfTests.assertFontsEmbedded(pdf);
        }
    }

    @Test
    void anUnknownProposalIsNotFound() {
        assertThat(panel.get("/proposals/nothing-here/evidence" + LA).statusCode())
                .isEqualTo(404);
    }
}
