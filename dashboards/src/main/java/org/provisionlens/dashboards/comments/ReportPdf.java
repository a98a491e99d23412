package org.provisionlens.dashboards.comments;

import java.util.Base64;
import java.util.Locale;
import org.provisionlens.core.charts.SvgCharts;
import org.provisionlens.dashboards.proposals.EvidencePdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The report and its Easy Read version as tagged, accessible PDFs (PDF/UA and PDF/A-3a, the font embedded): their
 * print templates (well-formed XHTML) rendered as the evidence pack is, so headings, tables, lists and the chart (a PNG
 * with its text alternative) are kept as PDF tags.
 */
@Component
class ReportPdf {

    static final String CHART_ALT = "Bar chart: " + CommentCharts.STANCE_TITLE
            + ". For each theme, how many people were unhappy, happy or had mixed views."
            + " It shows the numbers of the table above; fewer than 5 and withheld numbers are not drawn.";

    private final ITemplateEngine templates;

    ReportPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(Report report) {
        Context context = new Context(Locale.UK);
        context.setVariable("report", report);
        context.setVariable("chartAlt", CHART_ALT);
        context.setVariable(
                "chartImage",
                "data:image/png;base64,"
                        + Base64.getEncoder()
                                .encodeToString(SvgCharts.groupedBarPng(CommentCharts.stanceChart(report.themes()))));
        return EvidencePdf.render(templates.process("comments/print", context));
    }

    byte[] render(EasyRead easyRead) {
        Context context = new Context(Locale.UK);
        context.setVariable("easy", easyRead);
        return EvidencePdf.render(templates.process("comments/easy-read-print", context));
    }
}
