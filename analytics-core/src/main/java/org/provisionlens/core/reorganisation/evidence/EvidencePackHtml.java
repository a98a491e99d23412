package org.provisionlens.core.reorganisation.evidence;

/**
 * The evidence pack as one accessible XHTML document (headings per factor, charts as SVG each with its data table),
 * well-formed so that the dashboards can render it as a tagged PDF.
 */
public final class EvidencePackHtml {

    private EvidencePackHtml() {}

    public static String render(EvidencePack pack) {
        throw new UnsupportedOperationException("in progress (issue 10)");
    }
}
