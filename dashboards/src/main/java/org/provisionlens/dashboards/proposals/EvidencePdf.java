package org.provisionlens.dashboards.proposals;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
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
public final class EvidencePdf {

    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String[] FAMILIES = {"Liberation Sans", "sans-serif", "serif", "monospace", "Arial", "Helvetica"};

    private EvidencePdf() {}

    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            // PDF/UA allows no font that is not embedded, and openhtmltopdf has no fallback in that mode: every family
            // the pack's styles may name, in every style, is the one embedded font; registered at weight 400 only, so
            // that bold text is drawn bold (filled and stroked) rather than looking like the rest
            for (String family : FAMILIES) {
                for (BaseRendererBuilder.FontStyle style : BaseRendererBuilder.FontStyle.values()) {
                    builder.useFont(() -> EvidencePdf.class.getResourceAsStream(FONT), family, 400, style, true);
                }
            }
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
        String style = "<style>* { font-family: 'Liberation Sans' !important; }</style>";
        int head = xhtml.indexOf("</head>");
        return head < 0 ? xhtml : xhtml.substring(0, head) + style + xhtml.substring(head);
    }
}
