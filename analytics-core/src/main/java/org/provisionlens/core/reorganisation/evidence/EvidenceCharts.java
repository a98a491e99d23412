package org.provisionlens.core.reorganisation.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.charts.BarChart;
import org.provisionlens.core.charts.ChartValue;
import org.provisionlens.core.charts.SvgCharts;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.Impact.Outcome;
import org.provisionlens.core.reorganisation.Impact.Travel;
import org.provisionlens.core.sufficiency.VerdictCode;

/** The pack's charts, each drawn from exactly the numbers of the table that follows it. */
final class EvidenceCharts {

    /** A chart and the table of its numbers; the chart is drawn as inline SVG (pages) or a PNG image (PDF). */
    record Figure(BarChart chart, Xhtml.Table table) {

        String svg() {
            return SvgCharts.groupedBar(chart);
        }

        /** The chart as an image element with its title as the text alternative. */
        String image() {
            return "<img class=\"chart-image\" src=\"data:image/png;base64,"
                    + java.util.Base64.getEncoder().encodeToString(SvgCharts.groupedBarPng(chart))
                    + "\" alt=\"" + Xhtml.escape(chart.title()) + "\"/>";
        }
    }

    private static final List<String> BEFORE_AFTER = List.of("Before", "After");

    private EvidenceCharts() {}

    static Figure verdicts(Impact impact) {
        List<ChartValue> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (VerdictCode verdict :
                List.of(VerdictCode.SUFFICIENT, VerdictCode.AT_RISK, VerdictCode.INSUFFICIENT, VerdictCode.NO_DATA)) {
            int before = (int)
                    impact.cells().stream().filter(c -> c.before() == verdict).count();
            int after = (int)
                    impact.cells().stream().filter(c -> c.after() == verdict).count();
            values.add(ChartValue.of("Before", verdict.label(), before));
            values.add(ChartValue.of("After", verdict.label(), after));
            rows.add(List.of(verdict.label(), Integer.toString(before), Integer.toString(after)));
        }
        String title = "Sufficiency cells by verdict, before and after ("
                + impact.scenario().label() + ", " + impact.horizonYear() + ")";
        return figure(
                new BarChart("verdicts-chart", title, "Verdict", "Cells", values),
                new Xhtml.Table(title, headings("Verdict", "cells"), rows));
    }

    static Figure journeys(Impact impact) {
        Travel before = impact.travelBefore() == null ? new Travel(0, null, null, null, 0) : impact.travelBefore();
        Travel after = impact.travelAfter() == null ? new Travel(0, null, null, null, 0) : impact.travelAfter();
        List<ChartValue> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        addPair(values, rows, "Median", before.medianMinutes(), after.medianMinutes());
        addPair(values, rows, "90th percentile", before.p90Minutes(), after.p90Minutes());
        addPair(values, rows, "Longest", before.maxMinutes(), after.maxMinutes());
        String title = "Journeys of the affected children in minutes, before and after ("
                + impact.scenario().label() + ")";
        return figure(
                new BarChart("journeys-chart", title, "Journey", "Minutes (estimated)", values),
                new Xhtml.Table(title, headings("Journey", "minutes"), rows));
    }

    static Figure outcomes(Impact impact) {
        List<ChartValue> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            int children = Outcomes.children(impact, outcome);
            values.add(ChartValue.of("Children", label(outcome), children));
            rows.add(List.of(label(outcome), Integer.toString(children)));
        }
        String title =
                "Where the affected children go (" + impact.scenario().label() + ", " + impact.horizonYear() + ")";
        return figure(
                new BarChart("outcomes-chart", title, "Outcome", "Children", values),
                new Xhtml.Table(title, List.of("Outcome", "Children"), rows));
    }

    static Figure costs(Impact impact) {
        List<ChartValue> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Impact.Costs costs = impact.costs();
        if (costs != null) {
            addPounds(values, rows, "Local services", costs.servicesBefore(), costs.servicesAfter());
            addPounds(values, rows, "Out-of-area placements", costs.outOfAreaBefore(), costs.outOfAreaAfter());
            addPounds(values, rows, "Transport", costs.transportBefore(), costs.transportAfter());
        }
        String title =
                "Costs a year in pounds, before and after (" + impact.scenario().label() + ")";
        return figure(
                new BarChart("costs-chart", title, "Cost", "Pounds a year", values),
                new Xhtml.Table(title, headings("Cost", "pounds a year"), rows));
    }

    static String label(Outcome outcome) {
        return switch (outcome) {
            case STAYS -> "Stays";
            case MOVES -> "Moves to another local service";
            case OUT_OF_AREA -> "Out of area or independent";
            case UNMET -> "Without provision or waiting";
            case NOT_ROUTABLE -> "Must leave, home area unknown";
            case TAKES_NEW_PLACE -> "Was waiting, takes a new place";
            case RETURNS_TO_LOCAL -> "Comes back from out of area";
        };
    }

    private static Figure figure(BarChart chart, Xhtml.Table table) {
        return new Figure(chart, table);
    }

    private static List<String> headings(String first, String unit) {
        return List.of(first, BEFORE_AFTER.get(0) + " (" + unit + ")", BEFORE_AFTER.get(1) + " (" + unit + ")");
    }

    private static void addPair(
            List<ChartValue> values, List<List<String>> rows, String category, Double before, Double after) {
        values.add(new ChartValue("Before", category, before == null ? null : Figures.round(before)));
        values.add(new ChartValue("After", category, after == null ? null : Figures.round(after)));
        rows.add(List.of(category, Figures.number(before), Figures.number(after)));
    }

    private static void addPounds(
            List<ChartValue> values, List<List<String>> rows, String category, BigDecimal before, BigDecimal after) {
        values.add(new ChartValue("Before", category, before == null ? null : before.doubleValue()));
        values.add(new ChartValue("After", category, after == null ? null : after.doubleValue()));
        rows.add(List.of(category, Figures.pounds(before), Figures.pounds(after)));
    }
}
