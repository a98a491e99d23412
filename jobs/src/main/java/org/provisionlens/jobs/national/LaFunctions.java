package org.provisionlens.jobs.national;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.audit.AuditResult;
import org.provisionlens.core.audit.OfferAudit;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceMerger;
import org.provisionlens.core.sufficiency.Locality;
import org.provisionlens.core.sufficiency.Placement;
import org.provisionlens.core.sufficiency.ReviewArea;
import org.provisionlens.core.sufficiency.SufficiencyCells;
import org.provisionlens.core.sufficiency.VerdictThresholds;
import org.provisionlens.jobs.assess.DemandAggregates;
import org.provisionlens.jobs.comments.CommentLinks;
import org.provisionlens.jobs.comments.CommentProcessing;
import org.provisionlens.jobs.comments.CommentRecords;
import org.provisionlens.jobs.comments.CommentTables;
import org.provisionlens.jobs.comments.ProcessedComment;
import org.provisionlens.jobs.copy.CsvRows;
import org.provisionlens.jobs.copy.TableSink;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.FieldFinding;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.manifest.ManifestThresholds;
import org.provisionlens.jobs.publish.AuditTables;
import org.provisionlens.jobs.publish.ContextTables;
import org.provisionlens.jobs.publish.InputReconciliation;
import org.provisionlens.jobs.publish.Publisher;
import org.provisionlens.jobs.publish.ReviewTables;
import org.provisionlens.jobs.publish.ServiceTables;
import org.provisionlens.jobs.sources.LaKeyedInputs;

/**
 * The functions a national run applies to each LA's rows, on the executors ({@code groupByKey(la)} then
 * {@code flatMapGroups}): one call gets one LA's rows of every kind, builds the core inputs and runs the core models,
 * and gives back the LA's tables as CSV text ({@link LaRows}) written by the same table writers a one-LA run publishes
 * with. Nothing here runs on the driver.
 */
final class LaFunctions {

    /** The kinds of row a keyed input holds (column {@code kind}). */
    static final int DEMAND = 0;

    static final int SERVICE = 1;
    static final int QUARANTINE = 2;
    static final int COMMENT = 3;

    /** Where an LA's localities come from: groups of this many LSOAs in code order (no national MSOA lookup). */
    static final int LSOAS_A_LOCALITY = 5;

    private LaFunctions() {}

    /**
     * The assess pass: demand (DfE child records grouped by Spark), services and the quarantine of both, for one LA;
     * gives its services, localities, sufficiency cells, audit, thresholds, run_input and quarantine rows.
     */
    static final class Assess implements FlatMapGroupsFunction<String, Row, LaRows> {

        private static final long serialVersionUID = 1L;

        private final Broadcast<LaContext> context;
        private final LongAccumulator modelNanos;

        Assess(Broadcast<LaContext> context, LongAccumulator modelNanos) {
            this.context = context;
            this.modelNanos = modelNanos;
        }

        @Override
        public Iterator<LaRows> call(String la, Iterator<Row> rows) throws SQLException, IOException {
            LaContext ctx = context.value();
            long runId = ctx.runIds.get(la);
            List<Row> demandRows = new ArrayList<>();
            List<Row> serviceRows = new ArrayList<>();
            List<QuarantineEntry> quarantine = new ArrayList<>();
            while (rows.hasNext()) {
                Row row = rows.next();
                switch (row.getInt(1)) {
                    case DEMAND -> demandRows.add(row.getStruct(2));
                    case SERVICE -> serviceRows.add(row.getStruct(3));
                    case QUARANTINE -> quarantine.add(quarantineEntry(row.getStruct(4)));
                    default -> throw new IllegalStateException("unexpected row kind " + row.getInt(1));
                }
            }
            long start = System.nanoTime();
            Services services = services(ctx, serviceRows, quarantine);
            Placement.Classifier placements = new Placement.Classifier(services.list());
            DemandAggregates demand = DemandAggregates.ofRows(demandRows, placements);
            ReviewArea area = area(ctx, la, demand);
            SufficiencyCells.Matrix matrix = SufficiencyCells.assess(
                    area,
                    demand.counts(),
                    services.list(),
                    ctx.growth(la),
                    new SufficiencyCells.Settings(
                            VerdictThresholds.defaults(), TravelSettings.defaults(), ctx.horizonYear));
            AuditResult audit = OfferAudit.audit(services.list(), ctx.reviewDate, demand.placements());
            modelNanos.add(System.nanoTime() - start);

            Collecting sink = new Collecting(la, 0);
            List<InputReconciliation> inputs = new ArrayList<>();
            long childrenAccepted = demand.counts().stream()
                    .mapToLong(count -> count.children())
                    .sum();
            inputs.add(reconcile(ctx.children, childrenAccepted, lines(quarantine, ctx.children[0])));
            if (ctx.services != null) {
                InputReconciliation read =
                        reconcile(ctx.services, services.accepted(), lines(quarantine, ctx.services[0]));
                inputs.add(new InputReconciliation(
                        read.inputName(),
                        read.format(),
                        read.path(),
                        read.sha256(),
                        read.rowsRead(),
                        read.rowsAccepted(),
                        read.rowsQuarantined(),
                        read.rowsOutOfScope(),
                        services.withFindings()));
            }
            Publisher.writeInputs(sink, runId, inputs);
            Publisher.writeQuarantine(sink, runId, quarantine);
            Publisher.writeFindings(sink, runId, services.findings());
            ServiceTables.write(sink, runId, services.merged());
            ReviewTables.writeLocalities(sink, runId, area.localityOfLsoa());
            ReviewTables.writeCells(sink, runId, la, matrix);
            AuditTables.write(sink, runId, audit);
            ContextTables.writeThresholds(sink, runId, ManifestThresholds.defaults());
            return sink.rows.iterator();
        }
    }

    /**
     * The comments pass: one LA's comments (checked here with the comments reader's checks) and its services (to link
     * comments to); anonymised, themed and linked as a one-LA run does.
     */
    static final class Comments implements FlatMapGroupsFunction<String, Row, LaRows> {

        private static final long serialVersionUID = 1L;

        private static CommentProcessing processing;

        private final Broadcast<LaContext> context;
        private final LongAccumulator modelNanos;
        private final LongAccumulator quarantinedRows;

        Comments(Broadcast<LaContext> context, LongAccumulator modelNanos, LongAccumulator quarantinedRows) {
            this.context = context;
            this.modelNanos = modelNanos;
            this.quarantinedRows = quarantinedRows;
        }

        private static synchronized CommentProcessing processing() {
            if (processing == null) {
                processing = CommentProcessing.standard();
            }
            return processing;
        }

        @Override
        public Iterator<LaRows> call(String la, Iterator<Row> rows) throws SQLException, IOException {
            LaContext ctx = context.value();
            long runId = ctx.runIds.get(la);
            List<Row> serviceRows = new ArrayList<>();
            List<Row> commentRows = new ArrayList<>();
            while (rows.hasNext()) {
                Row row = rows.next();
                if (row.getInt(1) == SERVICE) {
                    serviceRows.add(row.getStruct(2));
                } else {
                    commentRows.add(row.getStruct(3));
                }
            }
            if (commentRows.isEmpty()) {
                return java.util.Collections.emptyIterator();
            }
            long start = System.nanoTime();
            List<Service> services =
                    services(ctx, serviceRows, new ArrayList<>()).list();
            commentRows.sort(Comparator.comparingLong(row -> row.getLong(row.fieldIndex(CommentsDataset.RECORD))));
            CommentRecords checks = new CommentRecords(ctx.comments[0], ctx.comments[4]);
            List<QuarantineEntry> quarantine = new ArrayList<>();
            List<Comment> accepted = new ArrayList<>();
            long quarantined = 0;
            for (Row row : commentRows) {
                long record = row.getLong(row.fieldIndex(CommentsDataset.RECORD));
                List<QuarantineEntry> problems = new ArrayList<>();
                String corrupt = row.getString(row.fieldIndex(CommentsDataset.CORRUPT));
                if (corrupt != null) {
                    problems.add(checks.malformed(
                            record, CommentsDataset.columns(row).size()));
                } else {
                    Map<String, String> values = new HashMap<>();
                    for (String column : CommentsDataset.columns(row)) {
                        values.putIfAbsent(CommentRecords.canonical(column), row.getString(row.fieldIndex(column)));
                    }
                    checks.check(values, record, problems).ifPresent(accepted::add);
                }
                if (!problems.isEmpty()) {
                    quarantined++;
                    quarantine.addAll(problems);
                }
            }
            CommentProcessing processor = processing();
            List<ProcessedComment> processed =
                    accepted.stream().map(processor::process).toList();
            modelNanos.add(System.nanoTime() - start);
            quarantinedRows.add(quarantined);

            Collecting sink = new Collecting(la, 1);
            Publisher.writeInputs(sink, runId, List.of(reconcile(ctx.comments, accepted.size(), quarantined)));
            Publisher.writeQuarantine(sink, runId, quarantine);
            CommentTables.write(sink, runId, accepted);
            CommentTables.writeProcessed(sink, runId, processed, new CommentLinks(services));
            return sink.rows.iterator();
        }
    }

    /**
     * The LA's services in file order, merged as a one-LA run merges them; unconvertible rows quarantined; the findings
     * in optional fields of the rows kept.
     */
    record Services(
            List<ServiceMerger.Merged> merged,
            List<Service> list,
            long accepted,
            List<FieldFinding> findings,
            long withFindings) {}

    static Services services(LaContext ctx, List<Row> rows, List<QuarantineEntry> quarantine) {
        if (ctx.services == null) {
            return new Services(List.of(), List.of(), 0, List.of(), 0);
        }
        List<FieldFinding> findings = new ArrayList<>();
        long withFindings = 0;
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(row -> row.getLong(row.fieldIndex(CsvInput.LINE))));
        List<Service> listings = new ArrayList<>();
        for (Row row : sorted) {
            try {
                List<FieldFinding> rowFindings = new ArrayList<>();
                listings.add(LaKeyedInputs.service(ctx.services[0], ctx.services[4], row, rowFindings));
                findings.addAll(rowFindings);
                withFindings += rowFindings.isEmpty() ? 0 : 1;
            } catch (IllegalArgumentException e) {
                quarantine.add(QuarantineEntry.atLine(
                        ctx.services[0],
                        ctx.services[4],
                        row.getLong(row.fieldIndex(CsvInput.LINE)),
                        "(row)",
                        null,
                        "not a valid service: " + e.getMessage()));
            }
        }
        List<ServiceMerger.Merged> merged = ServiceMerger.merge(listings);
        return new Services(
                merged,
                merged.stream().map(ServiceMerger.Merged::service).toList(),
                listings.size(),
                findings,
                withFindings);
    }

    /**
     * The LA's area: its LSOAs (those its demand names) in code order, {@value #LSOAS_A_LOCALITY} to a locality (about
     * an MSOA: no national LSOA-to-MSOA lookup is bundled), with their centroids.
     */
    static ReviewArea area(LaContext ctx, String la, DemandAggregates demand) {
        List<String> lsoas = demand.counts().stream()
                .map(count -> count.lsoaCode())
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        Map<String, Locality> localities = new LinkedHashMap<>();
        Map<String, Place> points = new HashMap<>();
        for (int i = 0; i < lsoas.size(); i++) {
            int n = i / LSOAS_A_LOCALITY + 1;
            localities.put(lsoas.get(i), new Locality(la + "-" + n, "Locality " + n));
            Place centroid = ctx.centroid(lsoas.get(i));
            if (centroid != null) {
                points.put(lsoas.get(i), centroid);
            }
        }
        return new ReviewArea(la, ctx.names.getOrDefault(la, la), localities, points);
    }

    private static QuarantineEntry quarantineEntry(Row q) {
        return QuarantineEntry.atLine(
                q.getString(q.fieldIndex("input_name")),
                q.getString(q.fieldIndex("file")),
                q.getLong(q.fieldIndex("line")),
                q.getString(q.fieldIndex("field")),
                q.getString(q.fieldIndex("value")),
                q.getString(q.fieldIndex("reason")));
    }

    /** How many rows (lines) of the input the entries quarantine. */
    private static long lines(List<QuarantineEntry> quarantine, String inputName) {
        Set<Long> lines = new LinkedHashSet<>();
        for (QuarantineEntry entry : quarantine) {
            if (entry.inputName().equals(inputName)) {
                lines.add(entry.line());
            }
        }
        return lines.size();
    }

    private static InputReconciliation reconcile(String[] input, long accepted, long quarantined) {
        return new InputReconciliation(
                input[0], input[1], input[2], input[3], accepted + quarantined, accepted, quarantined, 0);
    }

    /** A sink that keeps each table's rows as CSV text, in the order written. */
    static final class Collecting implements TableSink {

        final List<LaRows> rows = new ArrayList<>();
        private final String la;
        private final int part;
        private int seq;

        Collecting(String la, int part) {
            this.la = la;
            this.part = part;
        }

        @Override
        public void rows(String tableAndColumns, CsvRows csv) {
            if (csv.rows() > 0) {
                rows.add(new LaRows(la, part, seq++, tableAndColumns, csv.text(), csv.rows()));
            }
        }
    }
}
