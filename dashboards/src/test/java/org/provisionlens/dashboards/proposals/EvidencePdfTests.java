package org.provisionlens.dashboards.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * The evidence pack's PDF is tagged (accessible): marked as tagged, with a structure tree whose elements include the
 * headings and the table, the document's language and title set, and every font embedded.
 */
class EvidencePdfTests {

    static final String XHTML = """
            <!DOCTYPE html>
            <html lang="en" xmlns="http://www.w3.org/1999/xhtml">
            <head><meta charset="utf-8"/><title>Evidence pack: Close Alpha School</title></head>
            <body>
            <h1>Evidence pack: Close Alpha School</h1>
            <h2>Supply of suitable places</h2>
            <p>6 children move to Beta School.</p>
            <table><caption>Where they go</caption>
            <thead><tr><th scope="col">Destination</th><th scope="col">Children</th></tr></thead>
            <tbody><tr><th scope="row">Beta School</th><td>6</td></tr></tbody></table>
            </body></html>
            """;

    @Test
    void isTaggedWithHeadingsInItsStructureTree() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(EvidencePdf.render(XHTML))) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Evidence pack: Close Alpha School");
            List<String> types = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), types);
            assertThat(types).contains("H1", "H2", "Table", "TH", "TD");
            assertFontsEmbedded(pdf);
        }
    }

    static void assertFontsEmbedded(PDDocument pdf) throws IOException {
        for (var page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }
}
