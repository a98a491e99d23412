package org.provisionlens.dashboards.proposals;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The evidence pack as a tagged, accessible PDF (PDF/UA, and PDF/A-3a for archiving): the pack's XHTML rendered by
 * openhtmltopdf with its structure (headings, tables, lists, figures with their titles) kept as PDF tags, and the font
 * embedded (Liberation Sans, shipped with PDFBox).
 */
final class EvidencePdf {

    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private EvidencePdf() {}

    static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            builder.useFont(() -> EvidencePdf.class.getResourceAsStream(FONT), "Liberation Sans");
            builder.withHtmlContent(withFont(xhtml), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every text in the embedded font (PDF/UA and PDF/A allow no font that is not embedded). */
    static String withFont(String xhtml) {
        String style = "<style>body, h1, h2, h3, h4, th, td, p, li, caption, text { font-family: 'Liberation Sans'; }"
                + "</style>";
        int head = xhtml.indexOf("</head>");
        return head < 0 ? xhtml : xhtml.substring(0, head) + style + xhtml.substring(head);
    }
}
