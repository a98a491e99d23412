package org.provisionlens.core.reorganisation.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.core.reorganisation.ServiceComment;
import org.provisionlens.core.reorganisation.evidence.EvidencePack.Factor;

/**
 * The evidence pack as one accessible XHTML document (headings per factor, charts as SVG each with its data table),
 * well-formed so that the dashboards can render it as a tagged PDF. No script, no external resource; every piece of
 * text is escaped.
 */
public final class EvidencePackHtml {

    /** Comments listed in the views section at most (all are counted). */
    static final int COMMENTS_LISTED = 50;

    private EvidencePackHtml() {}

    /** The pack for the web page: charts as inline SVG. */
    public static String render(EvidencePack pack) {
        return render(pack, false);
    }

    /**
     * The pack for print (the tagged PDF): charts as PNG images with their titles as text alternatives, because the PDF
     * renderer draws no SVG. Everything else is the same document.
     */
    public static String renderForPrint(EvidencePack pack) {
        return render(pack, true);
    }

    private static String render(EvidencePack pack, boolean print) {
        Impact central = pack.impacts().get(Scenario.CENTRAL);
        String title = "SEN improvement test evidence: " + pack.proposal().name();
        Xhtml html = new Xhtml();
        html.raw("<!DOCTYPE html>")
                .open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en", "xml:lang", "en")
                .open("head")
                .raw("<meta charset=\"utf-8\"/>")
                // the PDF's document description and subject (PDF/UA asks for a description)
                .open("meta", "name", "description", "content", description(pack))
                .close("meta")
                .open("meta", "name", "subject", "content", "SEN improvement test (Code of Practice 4.19)")
                .close("meta")
                .element("title", title)
                // raw: an HTML parser reads a style element's text as it is (no entities); the CSS has no < or &
                .raw("<style>" + EvidenceStyle.CSS + "</style>")
                .close("head")
                .open("body")
                // an article, not a main: the dashboards set the body's content inside their own page's main
                .open("article", "class", "evidence-pack");
        html.element("h1", title);
        html.element(
                "p",
                pack.laName() + ", published review run " + pack.runId() + ". Takes effect "
                        + pack.proposal().effectiveDate() + "; judged at " + central.horizonYear() + ".",
                "class",
                "meta");
        html.element("p", EvidencePack.STATEMENT, "class", "statement");
        if (!pack.proposal().description().isBlank()) {
            html.element("p", pack.proposal().description());
        }
        html.element("h2", "What the proposal changes");
        html.list(pack.changes().isEmpty() ? List.of("Nothing: provision stays as it is.") : pack.changes());
        html.element("h2", "Findings at a glance", "id", "summary");
        html.table(summary(pack));
        for (int i = 0; i < pack.factors().size(); i++) {
            factor(html, i + 1, pack.factors().get(i), central, print);
        }
        html.open("section", "id", "costs").element("h2", "Costs (for information: not a factor of the test)");
        if (central.costs() != null) {
            html.element(
                    "p",
                    "Net saving a year: " + Figures.pounds(central.costs().netSavingPerYear()) + "; over five years: "
                            + Figures.pounds(central.costs().netSavingFiveYears()) + ".");
        }
        figure(html, EvidenceCharts.costs(central), print).close("section");
        html.open("section", "id", "scenarios")
                .element("h2", "The three demand scenarios side by side")
                .table(ScenarioTable.of(pack.impacts()))
                .close("section");
        html.open("section", "id", "caveats")
                .element("h2", "Caveats")
                .list(pack.caveats())
                .close("section");
        return html.close("article").close("body").close("html").toString();
    }

    private static String description(EvidencePack pack) {
        return "The evidence the platform holds on each factor of the SEN improvement test for the proposal \""
                + pack.proposal().name() + "\", " + pack.laName() + ", published review run " + pack.runId() + ".";
    }

    private static Xhtml.Table summary(EvidencePack pack) {
        List<Scenario> others = List.of(Scenario.LOW, Scenario.HIGH).stream()
                .filter(pack.impacts()::containsKey)
                .toList();
        List<String> headings = new ArrayList<>(List.of("Factor", "Finding (central forecast)"));
        others.forEach(scenario -> headings.add("Under the " + lower(scenario.name()) + " forecast"));
        List<List<String>> rows = new ArrayList<>();
        for (Factor factor : pack.factors()) {
            List<String> row =
                    new ArrayList<>(List.of(factor.name(), factor.finding().label()));
            others.forEach(scenario -> row.add(findingIn(factor, scenario)));
            rows.add(row);
        }
        return new Xhtml.Table("Findings, factor by factor", headings, rows);
    }

    private static String findingIn(Factor factor, Scenario scenario) {
        EvidencePack.Finding finding = factor.byScenario().get(scenario);
        return finding == null ? "not evaluated" : finding.label();
    }

    private static void factor(Xhtml html, int number, Factor factor, Impact central, boolean print) {
        String id = "factor-" + number;
        html.open("section", "class", "factor", "id", id, "aria-labelledby", id + "-heading")
                .element("h2", number + ". " + factor.name(), "id", id + "-heading")
                .open(
                        "p",
                        "class",
                        "finding finding-" + lower(factor.finding().name()).replace('_', '-'))
                .text("Finding: ")
                .element("strong", factor.finding().label())
                .close("p")
                .element("p", factor.reason(), "class", "reason")
                .element("h3", "Evidence")
                .list(factor.evidence(), "class", "evidence");
        switch (factor.name()) {
            case PlacesRules.SUPPLY -> figure(html, EvidenceCharts.verdicts(central), print);
            case TravelRule.NAME -> figure(html, EvidenceCharts.journeys(central), print);
            case ChildrenRules.TRANSITION -> figure(html, EvidenceCharts.outcomes(central), print);
            case ViewsRule.NAME -> comments(html, central);
            default -> {}
        }
        html.close("section");
    }

    private static Xhtml figure(Xhtml html, EvidenceCharts.Figure figure, boolean print) {
        return html.open("div", "class", "chart")
                .raw(print ? figure.image() : figure.svg())
                .close("div")
                .table(figure.table());
    }

    private static void comments(Xhtml html, Impact central) {
        List<ServiceComment> voices = central.voices();
        if (voices.isEmpty()) {
            return;
        }
        Map<String, String> names = new java.util.HashMap<>();
        central.affected().forEach(a -> names.putIfAbsent(a.serviceId(), a.serviceName()));
        List<List<String>> rows = new ArrayList<>();
        for (ServiceComment comment : voices.subList(0, Math.min(COMMENTS_LISTED, voices.size()))) {
            rows.add(List.of(
                    names.getOrDefault(comment.serviceId(), comment.serviceId()),
                    comment.respondentType() == null ? "not recorded" : comment.respondentType(),
                    String.join(", ", comment.themes()),
                    comment.text() == null ? "" : comment.text()));
        }
        String caption = "Published comments about the affected services (anonymised)"
                + (voices.size() > COMMENTS_LISTED ? ", the first " + COMMENTS_LISTED + " of " + voices.size() : "");
        html.table(new Xhtml.Table(caption, List.of("Service", "From", "Themes", "Comment"), rows));
        Map<String, Integer> themes = ViewsRule.themes(voices);
        List<List<String>> themeRows = new ArrayList<>();
        themes.forEach((theme, count) -> themeRows.add(List.of(theme, count.toString())));
        if (!themeRows.isEmpty()) {
            html.table(new Xhtml.Table("Comments by theme", List.of("Theme", "Comments"), themeRows));
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
