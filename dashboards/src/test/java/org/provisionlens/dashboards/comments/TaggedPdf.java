package org.provisionlens.dashboards.comments;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;

/**
 * What a screen reader gets from a PDF, read with PDFBox: the structure tree's elements in order (each with its marked
 * content ids and alternative text), the text of each marked content id, the language, title and fonts.
 */
record TaggedPdf(
        boolean marked,
        String language,
        String title,
        List<Element> elements,
        List<String> markedTexts,
        List<String> fonts,
        boolean fontsEmbedded) {

    /**
     * A structure element: its type, its depth below the root, its marked content ids, its alt text, and its text in
     * the order a screen reader reads it (the structure tree's order, not the order the page draws it).
     */
    record Element(String type, int depth, List<Integer> mcids, String alt, String text) {}

    static TaggedPdf read(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> texts = new ArrayList<>();
            Map<PDPage, Map<Integer, String>> byPage = new HashMap<>();
            Map<COSBase, Map<Integer, String>> byElement = new IdentityHashMap<>();
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (PDPage page : pdf.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> ids = new HashMap<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    texts.add(text(content));
                    byId(content, page, ids);
                }
                byPage.put(page, ids);
                parentTree(pdf, page, ids, byElement);
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    embedded &= font.isEmbedded();
                }
            }
            List<Element> elements = new ArrayList<>();
            if (pdf.getDocumentCatalog().getStructureTreeRoot() != null) {
                collect(pdf.getDocumentCatalog().getStructureTreeRoot(), byElement, 0, byPage, elements);
            }
            var mark = pdf.getDocumentCatalog().getMarkInfo();
            return new TaggedPdf(
                    mark != null && mark.isMarked(),
                    pdf.getDocumentCatalog().getLanguage(),
                    pdf.getDocumentInformation().getTitle(),
                    elements,
                    texts,
                    fonts,
                    embedded);
        }
    }

    List<String> types() {
        return elements.stream().map(Element::type).toList();
    }

    List<Element> ofType(String type) {
        return elements.stream().filter(e -> e.type().equals(type)).toList();
    }

    /** Collects the elements below a node; returns the node's text in the order a screen reader reads it. */
    private static String collect(
            PDStructureNode node,
            Map<COSBase, Map<Integer, String>> byElement,
            int depth,
            Map<PDPage, Map<Integer, String>> byPage,
            List<Element> out) {
        StringBuilder text = new StringBuilder();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                List<Integer> mcids = new ArrayList<>();
                for (Object inner : element.getKids()) {
                    if (inner instanceof Integer mcid) {
                        mcids.add(mcid);
                    }
                }
                int at = out.size();
                out.add(null);
                String inner = collect(element, byElement, depth + 1, byPage, out);
                out.set(
                        at,
                        new Element(
                                element.getStructureType(), depth, mcids, element.getAlternateDescription(), inner));
                text.append(inner);
            } else if (kid instanceof Integer mcid) {
                text.append(
                        byElement.getOrDefault(node.getCOSObject(), Map.of()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference ref) {
                text.append(byPage.getOrDefault(ref.getPage(), Map.of()).getOrDefault(ref.getMCID(), ""));
            }
        }
        return text.toString();
    }

    /** The page's marked content ids by the structure element that holds them (the parent tree says which). */
    private static void parentTree(
            PDDocument pdf, PDPage page, Map<Integer, String> ids, Map<COSBase, Map<Integer, String>> byElement)
            throws IOException {
        var root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null || root.getParentTree() == null || page.getStructParents() < 0) {
            return;
        }
        Object value = root.getParentTree().getValue(page.getStructParents());
        if (value instanceof COSObjectable objectable && objectable.getCOSObject() instanceof COSArray elements) {
            for (int mcid = 0; mcid < elements.size(); mcid++) {
                COSBase element = elements.getObject(mcid);
                if (element != null && ids.containsKey(mcid)) {
                    byElement.computeIfAbsent(element, e -> new HashMap<>()).put(mcid, ids.get(mcid));
                }
            }
        }
    }

    /** The text of each marked content id, nested marked content included. */
    private static void byId(PDMarkedContent content, PDPage page, Map<Integer, String> ids) {
        int mcid = mcid(content, page);
        if (mcid >= 0) {
            ids.merge(mcid, text(content), String::concat);
        }
        for (Object item : content.getContents()) {
            if (item instanceof PDMarkedContent inner) {
                byId(inner, page, ids);
            }
        }
    }

    /**
     * The marked content id, also where the content names its properties in the page's resources ("/Span /Prop7
     * BDC", as openhtmltopdf writes it), which PDFBox's extractor does not look up: it gives the name as the tag.
     */
    private static int mcid(PDMarkedContent content, PDPage page) {
        if (content.getMCID() >= 0) {
            return content.getMCID();
        }
        var named = page.getResources().getProperties(COSName.getPDFName(content.getTag()));
        return named == null ? -1 : named.getCOSObject().getInt(COSName.MCID);
    }

    private static String text(PDMarkedContent content) {
        StringBuilder out = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof org.apache.pdfbox.text.TextPosition t) {
                out.append(t.getUnicode());
            } else if (item instanceof PDMarkedContent inner) {
                out.append(text(inner));
            }
        }
        return out.toString();
    }

    /** The smallest text drawn, in points (the height of its font as drawn on the page). */
    static float smallestTextPoints(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            float[] smallest = {Float.MAX_VALUE};
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    if (!text.getUnicode().isBlank()) {
                        smallest[0] = Math.min(smallest[0], text.getYScale());
                    }
                }
            };
            stripper.getText(pdf);
            return smallest[0];
        }
    }

    /**
     * Whether any text is drawn bold: the one embedded font has no bold face, so the renderer draws bold text with its
     * outline stroked as well as filled (text rendering mode 2).
     */
    static boolean boldTextDrawn(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (var page : pdf.getPages()) {
                List<Object> tokens = new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse();
                for (int i = 1; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof org.apache.pdfbox.contentstream.operator.Operator op
                            && op.getName().equals("Tr")
                            && tokens.get(i - 1) instanceof org.apache.pdfbox.cos.COSInteger mode
                            && mode.intValue() == 2) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
