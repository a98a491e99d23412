package org.provisionlens.jobs.run;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.apache.spark.sql.SparkSession;
import org.provisionlens.core.sufficiency.SpecialistSetting;
import org.provisionlens.core.sufficiency.SpecialistSufficiencyModel;
import org.provisionlens.jobs.assess.ReviewResults;
import org.provisionlens.jobs.assess.SufficiencyReview;
import org.provisionlens.jobs.comments.CommentProcessing;
import org.provisionlens.jobs.comments.ProcessedComment;
import org.provisionlens.jobs.conform.ConformedInputs;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.FieldFinding;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.manifest.ManifestException;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.publish.InputReconciliation;
import org.provisionlens.jobs.publish.PublishFailure;
import org.provisionlens.jobs.publish.Publisher;
import org.provisionlens.jobs.publish.RunLease;
import org.provisionlens.jobs.publish.RunResults;
import org.provisionlens.jobs.publish.RunStore;
import org.provisionlens.jobs.sources.AreaPopulation;
import org.provisionlens.jobs.sources.CommunityWaitingListTable;
import org.provisionlens.jobs.sources.EhcPlanNeedsTable;
import org.provisionlens.jobs.sources.EhcPlanStatistics;
import org.provisionlens.jobs.sources.InputReaders;
import org.provisionlens.jobs.sources.LsoaPopulationTable;
import org.provisionlens.jobs.sources.ReadContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One review run: ingest (read and check every input), conform (the run's area and period, as core records), assess
 * (specialist sufficiency), comments (themes and stance), publish (one transaction); each stage timed by a
 * {@link StageClock}. The session is given; the run never builds or stops it. A run
 * holds its LA's lease from start to end: a second run for the LA is refused while it lives, and the runs it finds
 * abandoned (their process stopped) it marks failed for good.
 */
public final class ReviewRun {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewRun.class);
    private static final DateTimeFormatter STARTED =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss z", Locale.UK).withZone(ZoneId.systemDefault());

    private final SparkSession spark;
    private final DataSource dataSource;
    private final RunStore runs;
    private final Publisher publisher;
    private final PrintStream out;

    public ReviewRun(SparkSession spark, DataSource dataSource, PrintStream out) {
        this.spark = spark;
        this.dataSource = dataSource;
        this.runs = new RunStore(dataSource);
        this.publisher = new Publisher(dataSource);
        this.out = out;
    }

    public RunOutcome run(RunManifest manifest) {
        String laCode = manifest.localAuthority();
        Optional<RunLease> lease = RunLease.take(dataSource, laCode);
        if (lease.isEmpty()) {
            return refused(laCode);
        }
        try (RunLease held = lease.get()) {
            int abandoned = runs.markAbandoned(laCode);
            if (abandoned > 0) {
                LOG.info("Marked {} abandoned run(s) of {} failed", abandoned, laCode);
            }
            return run(manifest, held);
        }
    }

    /** No review_run row: the refused attempt did nothing; the message names the run it waits for. */
    private RunOutcome refused(String laCode) {
        String running = runs.inProgress(laCode)
                .map(run -> "review run " + run.runId() + " for " + laCode + " is in progress (stage " + run.stage()
                        + ", started " + STARTED.format(run.startedAt()) + ")")
                .orElse("another review run for " + laCode + " is in progress");
        return new RunOutcome(
                null, RunOutcome.REFUSED_RUN_IN_PROGRESS, "refused: " + running + "; run again when it has finished");
    }

    private RunOutcome run(RunManifest manifest, RunLease lease) {
        long runId = runs.start(manifest.name(), manifest.file().toString(), lease, "pending");
        StageClock clock = new StageClock(out, 5);
        try {
            clock.stage("ingest", "reading and checking " + manifest.inputs().size() + " inputs");
            runs.stage(runId, "ingest");
            ReadContext context = new ReadContext(manifest.localAuthority(), manifest.timePeriod());
            Map<String, CheckedInput> checked = new LinkedHashMap<>();
            for (InputSpec spec : manifest.inputs().values()) {
                checked.put(spec.name(), InputReaders.read(spark, spec, context));
            }
            IngestedInput schools = sparkInput(checked, manifest.requireOne(InputFormat.Role.SCHOOLS));
            IngestedInput plansTable = sparkInput(checked, manifest.requireOne(InputFormat.Role.PLANS_BY_SETTING));
            IngestedInput population = sparkInput(checked, manifest.requireOne(InputFormat.ONS_LSOA_POPULATION_CSV));

            clock.stage("conform", manifest.localAuthority() + ", " + manifest.timePeriod());
            runs.stage(runId, "conform");
            EhcPlanStatistics plans =
                    EhcPlanNeedsTable.statistics(plansTable, manifest.localAuthority(), manifest.timePeriod());
            SchoolsInput schoolsInArea = SchoolsInput.of(schools, plans.oldLaCode());
            var establishments = schoolsInArea.establishments();
            var children = LsoaPopulationTable.childrenAndYoungPeople(population);
            if (children.isEmpty()) {
                throw new InputException(population.spec().describe() + " has no Persons rows; expected one row per"
                        + " LSOA with sex 'Persons'");
            }
            Map<String, Long> outOfScope = new java.util.HashMap<>(Map.of(
                    schools.spec().name(),
                    schoolsInArea.outOfScope(),
                    plansTable.spec().name(),
                    plansTable.rowsAccepted()
                            - EhcPlanNeedsTable.inArea(plansTable, manifest.localAuthority(), manifest.timePeriod())
                                    .count(),
                    population.spec().name(),
                    population.rowsAccepted() - children.size() / (LsoaPopulationTable.OLDEST_AGE + 1)));
            ConformedInputs conformed = CanonicalInputs.conform(
                    manifest,
                    checked,
                    schoolsInArea.services(),
                    children.stream().map(AreaPopulation::areaCode).collect(java.util.stream.Collectors.toSet()));
            var funding = FundingInputs.match(manifest, checked, conformed.services());
            for (InputSpec waits : manifest.inputs(InputFormat.Role.COMMUNITY_WAITS)) {
                IngestedInput table = sparkInput(checked, waits);
                outOfScope.put(
                        waits.name(),
                        table.rowsAccepted()
                                - CommunityWaitingListTable.inScope(table, manifest.icb(), manifest.nhsProviders())
                                        .count());
            }

            clock.stage("assess", "sufficiency, forecast, audit");
            runs.stage(runId, "assess");
            List<SpecialistSetting> settings = SpecialistSufficiencyModel.specialistSettings(establishments);
            var sufficiency = SpecialistSufficiencyModel.assess(settings, plans.plansByKind());
            ReviewResults review = SufficiencyReview.assess(
                    conformed,
                    children,
                    manifest.localAuthority(),
                    plans.laName(),
                    context.referenceYear(),
                    context.reviewDate(),
                    manifest.thresholds().values(),
                    manifest.placementCosts());

            clock.stage("comments", conformed.comments().size() + " comments: themes, stance, links");
            List<ProcessedComment> comments =
                    CommentProcessing.withTaxonomy(manifest.themeTaxonomy()).processAll(conformed.comments());

            clock.stage("publish", "writing run " + runId);
            lease.check();
            runs.stage(runId, "publish");
            List<QuarantineEntry> quarantine = new ArrayList<>();
            List<FieldFinding> findings = new ArrayList<>();
            List<InputReconciliation> reconciliation = new ArrayList<>();
            for (CheckedInput input : checked.values()) {
                quarantine.addAll(input.quarantineEntries());
                findings.addAll(input.findings());
                reconciliation.add(
                        reconcile(input, outOfScope.getOrDefault(input.spec().name(), 0L)));
            }
            RunResults results = new RunResults(
                    reconciliation,
                    quarantine,
                    findings,
                    plans,
                    settings,
                    sufficiency,
                    children,
                    LsoaPopulationTable.estimateYear(population),
                    conformed,
                    review,
                    comments,
                    manifest.thresholds(),
                    manifest.transport(),
                    manifest.placementCosts(),
                    manifest.proposals(),
                    funding);
            publisher.publish(runId, results);
            clock.finish("published run " + runId);
            report(results);
            return results.quarantinedRows() > 0
                    ? new RunOutcome(
                            runId,
                            RunOutcome.PUBLISHED_WITH_QUARANTINE,
                            results.quarantinedRows() + " rows quarantined; see the run's quarantine page")
                    : new RunOutcome(runId, RunOutcome.PUBLISHED, "published");
        } catch (InputException | ManifestException e) {
            runs.fail(runId, e.getMessage());
            return new RunOutcome(runId, RunOutcome.BAD_INPUT, e.getMessage());
        } catch (PublishFailure e) {
            // the message says it all (the database, what failed, that nothing was published): no stack trace
            LOG.debug("Review run {} was not published", runId, e);
            return new RunOutcome(runId, RunOutcome.FAILED, e.getMessage() + markFailed(runId, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Review run {} failed", runId, e);
            return new RunOutcome(runId, RunOutcome.FAILED, e + markFailed(runId, "Unexpected failure: " + e));
        }
    }

    /**
     * Marks the run failed; when the database cannot be reached to say so, returns a sentence for the run's message (the
     * next run of the LA finds the run's lease gone and marks it abandoned), else "".
     */
    private String markFailed(long runId, String message) {
        try {
            runs.fail(runId, message);
            return "";
        } catch (RuntimeException e) {
            LOG.debug("Could not mark review run {} failed", runId, e);
            return " The run could not be marked failed either (" + e.getMessage() + "); the next run of its LA will"
                    + " show it as abandoned.";
        }
    }

    /** A Spark-read input the sufficiency stage needs. */
    private static IngestedInput sparkInput(Map<String, CheckedInput> checked, InputSpec spec) {
        if (!(checked.get(spec.name()) instanceof IngestedInput input)) {
            throw new IllegalStateException(spec.describe() + " was not read with Spark");
        }
        return input;
    }

    private static InputReconciliation reconcile(CheckedInput input, long outOfScope) {
        return new InputReconciliation(
                input.spec().name(),
                input.spec().format(),
                input.spec().path() != null
                        ? input.spec().path().toString()
                        : input.spec().url().toString(),
                input.sha256(),
                input.rowsRead(),
                input.rowsAccepted(),
                input.rowsQuarantined(),
                outOfScope,
                input.rowsWithFindings());
    }

    private void report(RunResults results) {
        out.printf(
                "%-28s %10s %10s %12s %13s %14s%n",
                "input", "read", "accepted", "quarantined", "out of scope", "with findings");
        for (InputReconciliation input : results.inputs()) {
            out.printf(
                    "%-28s %10d %10d %12d %13d %14d%n",
                    input.inputName(),
                    input.rowsRead(),
                    input.rowsAccepted(),
                    input.rowsQuarantined(),
                    input.rowsOutOfScope(),
                    input.rowsWithFindings());
        }
    }
}
