package org.provisionlens.jobs.impact;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.provisionlens.core.reorganisation.Baseline;
import org.provisionlens.core.reorganisation.BaselineLoader;
import org.provisionlens.core.reorganisation.Impact;
import org.provisionlens.core.reorganisation.ImpactModel;
import org.provisionlens.core.reorganisation.Proposal;
import org.provisionlens.core.reorganisation.ProposalComparison;
import org.provisionlens.core.reorganisation.ProposalNotApplicable;
import org.provisionlens.core.reorganisation.Scenario;
import org.provisionlens.jobs.exit.ExitCode;

/**
 * {@code impact}: evaluates proposals against their LA's published run, in this process. Prints a table of each proposal
 * and of doing nothing under each scenario; writes each proposal's evidence pack and impact tables to a folder; stores
 * the proposals when asked. A proposal is never published as the live review.
 */
public final class ImpactCommand {

    /**
     * @param la the LA whose published run the proposals are judged against; {@code null}: each proposal's own
     * @param scenarios the demand scenarios (all three by default)
     * @param out the folder for the evidence packs and tables, or {@code null} for none
     */
    public record Options(String la, List<Scenario> scenarios, Path out, boolean save, List<Path> files) {}

    private final DataSource database;
    private final PrintStream out;
    private final PrintStream err;

    public ImpactCommand(DataSource database, PrintStream out, PrintStream err) {
        this.database = database;
        this.out = out;
        this.err = err;
    }

    public ExitCode run(Options options) {
        List<Proposal> proposals = new ArrayList<>();
        boolean bad = false;
        for (Path file : options.files()) {
            try {
                proposals.add(ProposalFiles.read(file));
            } catch (ProposalFiles.BadProposal e) {
                err.println(e.getMessage());
                bad = true;
            }
        }
        for (Proposal proposal : proposals) {
            if (options.la() != null && !options.la().equals(proposal.laCode())) {
                err.println("Proposal " + proposal.id() + " is for " + proposal.laCode() + ", not " + options.la()
                        + " (--la): a proposal is judged against its own LA's published run");
                bad = true;
            }
        }
        if (bad) {
            return ExitCode.BAD_INPUT;
        }
        try {
            for (String la : proposals.stream().map(Proposal::laCode).distinct().toList()) {
                Optional<Baseline> baseline = BaselineLoader.load(new JdbcPublishedRows(database), la);
                if (baseline.isEmpty()) {
                    err.println("No review run is published for " + la + ": publish one first (run MANIFEST), then"
                            + " judge proposals against it");
                    return ExitCode.FAILED;
                }
                evaluate(
                        baseline.get(),
                        proposals.stream().filter(p -> p.laCode().equals(la)).toList(),
                        options);
            }
            if (options.save()) {
                for (int i = 0; i < proposals.size(); i++) {
                    ProposalStore.save(
                            database, proposals.get(i), options.files().get(i));
                    out.println("Saved proposal " + proposals.get(i).id() + " for "
                            + proposals.get(i).laCode());
                }
            }
            return ExitCode.DONE;
        } catch (ProposalNotApplicable e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (IOException | SQLException e) {
            err.println("Could not write the impact: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    private void evaluate(Baseline baseline, List<Proposal> proposals, Options options) throws IOException {
        out.printf(
                Locale.UK,
                "%s (%s), published run %d: review date %s, forecast to %d, transport up to %.1f miles (%s)%n",
                baseline.area().laName(),
                baseline.area().laCode(),
                baseline.runId(),
                baseline.reviewDate(),
                baseline.horizonYear(),
                baseline.transport().maxMiles(),
                baseline.transport().source());
        for (Scenario scenario : options.scenarios()) {
            Double growth = baseline.growth().get(scenario);
            out.printf(
                    Locale.UK,
                    "  %s: EHC plans x %s by %d%n",
                    scenario.label(),
                    growth == null ? "no forecast" : String.format(Locale.UK, "%.3f", growth),
                    baseline.horizonYear());
        }
        List<Map<Scenario, Impact>> all = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        List<Proposal> withDoingNothing = new ArrayList<>();
        withDoingNothing.add(
                Proposal.doNothing(baseline.area().laCode(), proposals.get(0).effectiveDate()));
        withDoingNothing.addAll(proposals);
        for (Proposal proposal : withDoingNothing) {
            Map<Scenario, Impact> impacts = new EnumMap<>(Scenario.class);
            for (Scenario scenario : options.scenarios()) {
                impacts.put(scenario, ImpactModel.evaluate(baseline, proposal, scenario));
            }
            all.add(impacts);
            if (options.out() != null && !proposal.changes().isEmpty()) {
                written.addAll(ImpactFiles.write(options.out(), baseline, proposal, impacts));
            }
        }
        List<List<String>> leftOut = all.stream()
                .flatMap(impacts -> impacts.values().stream())
                .map(impact -> impact.costs().leftOut())
                .toList();
        ImpactTable.print(out, ProposalComparison.of(all).rows(), leftOut);
        written.forEach(file -> out.println("Wrote " + file.toAbsolutePath()));
    }
}
