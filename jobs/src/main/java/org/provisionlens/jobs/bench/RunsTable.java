package org.provisionlens.jobs.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.provisionlens.jobs.exit.ExitCode;
import org.provisionlens.jobs.run.StageClock;

/** The runs as markdown: one row per scenario and stage, then how the national runs grow from 10% to 100%. */
final class RunsTable {

    /** The stages a review run and a national run report, in run order. */
    static final List<String> STAGES = List.of("ingest", "conform", "assess", "comments", "publish");

    static final String WHOLE_RUN = "whole run";

    private RunsTable() {}

    static String markdown(List<Bench.ScenarioRun> scenarios) {
        StringBuilder t = new StringBuilder();
        t.append("| scenario | LAs | children | input MB | stage | wall s | CPU s | peak RSS MB | peak heap MB"
                + " | s per 100k children | ms per LA |\n");
        t.append("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Bench.ScenarioRun s : scenarios) {
            String head = String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %s ",
                    s.name(),
                    s.las(),
                    s.children() < 0 ? "" : String.format(Locale.ROOT, "%,d", s.children()),
                    Double.isNaN(s.inputMb()) ? "" : String.format(Locale.ROOT, "%.1f", s.inputMb()));
            if (s.outcome() == null) {
                t.append(head).append("| ").append(s.skipped()).append(" | | | | | | |\n");
                continue;
            }
            for (String name : stageNames(s.outcome())) {
                StageClock.Stage stage = stage(s.outcome(), name);
                t.append(head)
                        .append(row(name, stage.seconds(), Double.NaN, stage.peakResidentMb(), stage.peakHeapMb(), s));
            }
            double heap = s.outcome().stages().stream()
                    .mapToDouble(StageClock.Stage::peakHeapMb)
                    .max()
                    .orElse(Double.NaN);
            String whole = s.outcome().ok()
                    ? WHOLE_RUN
                    : WHOLE_RUN + " (exit " + s.outcome().exitCode() + ": "
                            + ExitCode.of(s.outcome().exitCode()).meaning() + ")";
            t.append(head)
                    .append(row(
                            whole,
                            s.outcome().wallSeconds(),
                            s.outcome().cpuSeconds(),
                            s.outcome().peakResidentMb(),
                            heap,
                            s));
        }
        return t.toString();
    }

    /** The five stages first (those the run reported), then any other stage the run reported, in its order. */
    static List<String> stageNames(ChildRun.Outcome outcome) {
        Set<String> names = new LinkedHashSet<>();
        List<String> reported =
                outcome.stages().stream().map(StageClock.Stage::name).toList();
        STAGES.stream().filter(reported::contains).forEach(names::add);
        names.addAll(reported);
        return new ArrayList<>(names);
    }

    static StageClock.Stage stage(ChildRun.Outcome outcome, String name) {
        return outcome.stages().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static String row(String stage, double seconds, double cpu, double rss, double heap, Bench.ScenarioRun s) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s | %s |%n",
                stage,
                number(seconds, 1),
                number(cpu, 1),
                number(rss, 0),
                number(heap, 0),
                s.children() > 0 ? number(seconds / s.children() * 100_000, 2) : "",
                s.las() > 0 ? number(seconds / s.las() * 1000, 0) : "");
    }

    /**
     * The national runs from 10% to 50% to 100%: their size (LAs, children, input MB) and each stage's seconds, each
     * with the ratios 50%/10% and 100%/50%. Linear growth is a time ratio close to the children's ratio.
     */
    static String growth(List<Bench.ScenarioRun> scenarios) {
        List<Bench.ScenarioRun> national = new ArrayList<>();
        for (String name : List.of("national 10%", "national 50%", "national 100%")) {
            scenarios.stream()
                    .filter(s -> s.name().equals(name)
                            && s.outcome() != null
                            && s.outcome().ok())
                    .findFirst()
                    .ifPresent(national::add);
        }
        if (national.size() < 3) {
            return "Growth 10% -> 50% -> 100%: needs all three national runs (" + national.size() + " ran).\n";
        }
        StringBuilder t = new StringBuilder("Growth of the national runs:\n\n");
        t.append("| measure | 10% | 50% | 100% | x 10%->50% | x 50%->100% |\n|---|---:|---:|---:|---:|---:|\n");
        growthRow(t, "LAs", national, s -> s.las(), 0);
        growthRow(t, "children", national, s -> s.children(), 0);
        growthRow(t, "input MB", national, Bench.ScenarioRun::inputMb, 1);
        List<String> names = stageNames(national.get(2).outcome());
        for (String name : names) {
            growthRow(
                    t,
                    name + " s",
                    national,
                    s -> {
                        StageClock.Stage stage = stage(s.outcome(), name);
                        return stage == null ? Double.NaN : stage.seconds();
                    },
                    1);
        }
        growthRow(t, WHOLE_RUN + " s", national, s -> s.outcome().wallSeconds(), 1);
        growthRow(t, WHOLE_RUN + " peak RSS MB", national, s -> s.outcome().peakResidentMb(), 0);
        growthRow(
                t,
                WHOLE_RUN + " s per 100k children",
                national,
                s -> s.outcome().wallSeconds() / s.children() * 100_000,
                2);
        return t.toString();
    }

    private static void growthRow(
            StringBuilder t,
            String measure,
            List<Bench.ScenarioRun> national,
            ToDoubleFunction<Bench.ScenarioRun> value,
            int decimals) {
        double a = value.applyAsDouble(national.get(0));
        double b = value.applyAsDouble(national.get(1));
        double c = value.applyAsDouble(national.get(2));
        t.append(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s |%n",
                measure,
                number(a, decimals),
                number(b, decimals),
                number(c, decimals),
                number(b / a, 2),
                number(c / b, 2)));
    }

    static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
