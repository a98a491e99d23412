package org.provisionlens.dashboards.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.provisionlens.dashboards.Browser;
import org.provisionlens.dashboards.DashboardsTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The board pack's PDF is tagged (PDF/UA): marked, with a structure tree of the document's headings, tables (header
 * and data cells) and figures, its language and title set, every font embedded, and the pack's figures in its text.
 */
@DashboardsTest
class BoardPackPdfTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void isATaggedPdfOfThePackWithHeadingsTablesAndFigures() throws IOException {
        new BoardFixtures(jdbc).trafford();
        Browser board = new Browser(port);
        assertThat(board.signIn("board", "trafford-demo").statusCode()).isEqualTo(302);
        HttpResponse<byte[]> response = board.getBytes("/board/pack.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"board-pack-E08000009.pdf\"");

        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Joint commissioning board pack: Trafford");
            List<String> types = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), types);
            assertThat(types).contains("Document", "H1", "H2", "Table", "TH", "TD", "Figure", "L", "LI", "P");
            // one H1; four H2 (at a glance, cells, waits, jointly funded); two charts, each an image with alt text
            assertThat(types.stream().filter("H1"::equals)).hasSize(1);
            assertThat(types.stream().filter("H2"::equals)).hasSize(4);
            assertThat(types.stream().filter("Figure"::equals)).hasSize(2);
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("1 of the 3 jointly funded services is under pressure.")
                    .contains("fewer than 5 children with plans, 4 places")
                    .contains("8.1 points below England")
                    .contains("£200,000");
        }
    }

    private static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }
}
