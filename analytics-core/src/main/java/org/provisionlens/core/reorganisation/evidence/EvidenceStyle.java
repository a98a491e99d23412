package org.provisionlens.core.reorganisation.evidence;

/** The pack's stylesheet: plain CSS 2.1 (what openhtmltopdf reads), for the screen and for A4 paper. */
final class EvidenceStyle {

    private EvidenceStyle() {}

    static final String CSS = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
            body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; color: #0b0c0c; background: #ffffff;
                   font-size: 16px; line-height: 1.45; margin: 0 auto; max-width: 960px; padding: 16px; }
            h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 0.5em 0; }
            h2 { font-size: 1.4em; margin: 1.6em 0 0.5em 0; page-break-after: avoid; }
            h3 { font-size: 1.1em; margin: 1em 0 0.4em 0; page-break-after: avoid; }
            a { color: #1d70b8; }
            .meta { color: #505a5f; }
            .statement { border-left: 8px solid #1d70b8; background: #f3f2f1; padding: 0.6em 1em; font-weight: bold; }
            .finding { font-size: 1.15em; padding: 0.3em 0.8em; border-left: 8px solid #505a5f; background: #f3f2f1; }
            .finding-improves { border-left-color: #00703c; }
            .finding-worsens { border-left-color: #d4351c; }
            .finding-no-change { border-left-color: #505a5f; }
            .finding-not-enough-evidence { border-left-color: #f47738; }
            table { border-collapse: collapse; width: 100%; margin: 0 0 1.5em 0; page-break-inside: avoid; }
            caption { text-align: left; font-weight: bold; padding: 0 0 0.4em 0; }
            th, td { border-bottom: 1px solid #b1b4b6; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
            thead th { border-bottom: 2px solid #0b0c0c; }
            .chart { margin: 1em 0 0.5em 0; page-break-inside: avoid; }
            svg.pl-chart { display: block; width: 100%; max-width: 760px; height: auto; }
            img.chart-image { display: block; width: 170mm; height: auto; }
            section { margin-bottom: 1.5em; }
            @media print {
              body { font-size: 11pt; max-width: none; padding: 0; }
              section.factor { page-break-before: auto; }
              a { color: #0b0c0c; text-decoration: none; }
              svg.pl-chart { width: 170mm; height: 94mm; }
            }
            """;
}
