package org.provisionlens.jobs.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.consultation.ConsultationEvent;
import org.provisionlens.core.demand.CommunityWait;
import org.provisionlens.core.geography.LsoaCentroid;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceMerger;
import org.provisionlens.jobs.conform.ConformedInputs;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.manifest.ManifestException;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.sources.AreaPopulation;
import org.provisionlens.jobs.sources.ChildRecordsTable;
import org.provisionlens.jobs.sources.CommunityWaitingListTable;
import org.provisionlens.jobs.sources.LaPopulationTable;
import org.provisionlens.jobs.sources.geography.AreaBoundary;
import org.provisionlens.jobs.sources.geography.LsoaCentroids;
import org.provisionlens.jobs.sources.statistics.EesTable;

/** Turns the checked inputs of a run into the canonical model: merged services, demand, statistics, comments. */
final class CanonicalInputs {

    private CanonicalInputs() {}

    /**
     * @param schoolServices the school listing's establishments as services (merged with directory listings by URN)
     */
    static ConformedInputs conform(
            RunManifest manifest,
            Map<String, CheckedInput> checked,
            List<Service> schoolServices,
            java.util.Set<String> lsoaCodes) {
        List<Service> listings = new ArrayList<>(schoolServices);
        for (InputSpec spec : manifest.inputs(InputFormat.Role.SERVICES)) {
            listings.addAll(records(checked.get(spec.name()), Service.class));
        }
        List<Comment> comments = new ArrayList<>();
        for (InputSpec spec : manifest.inputs(InputFormat.Role.COMMENTS)) {
            comments.addAll(records(checked.get(spec.name()), Comment.class));
        }
        List<InputSpec> children = manifest.inputs(InputFormat.Role.CHILDREN);
        if (children.size() > 1) {
            throw new ManifestException(manifest.file() + ": a review run takes at most one child-records input;"
                    + " found " + children.size() + " (combine the exports into one file)");
        }
        Dataset<Row> childRecords = children.isEmpty()
                ? null
                : ChildRecordsTable.conform(
                        (IngestedInput) checked.get(children.get(0).name()));
        List<ConformedInputs.NamedStatistics> statistics = new ArrayList<>();
        for (InputSpec spec : manifest.inputs(InputFormat.Role.STATISTICS)) {
            statistics.add(new ConformedInputs.NamedStatistics(spec.name(), EesTable.longForm(spark(checked, spec))));
        }
        List<AreaPopulation> laPopulation = new ArrayList<>();
        for (InputSpec spec : manifest.inputs(InputFormat.Role.POPULATION)) {
            if (InputFormat.of(spec) == InputFormat.ONS_LA_POPULATION_CSV) {
                laPopulation.addAll(LaPopulationTable.childrenAndYoungPeople(spark(checked, spec)));
            }
        }
        List<LsoaCentroid> centroids = new ArrayList<>();
        List<AreaBoundary> boundaries = new ArrayList<>();
        for (InputSpec spec : manifest.inputs(InputFormat.Role.GEOGRAPHY)) {
            if (InputFormat.of(spec) == InputFormat.AREA_BOUNDARIES_GEOJSON) {
                boundaries.addAll(records(checked.get(spec.name()), AreaBoundary.class));
            } else {
                centroids.addAll(LsoaCentroids.centroids(spark(checked, spec), lsoaCodes));
            }
        }
        List<InputSpec> waitingLists = manifest.inputs(InputFormat.Role.COMMUNITY_WAITS);
        if (waitingLists.size() > 1) {
            throw new ManifestException(manifest.file() + ": a review run takes at most one NHS waiting-list input;"
                    + " found " + waitingLists.size());
        }
        List<CommunityWait> waits = waitingLists.isEmpty()
                ? List.of()
                : CommunityWaitingListTable.inScopeWaits(
                        spark(checked, waitingLists.get(0)), manifest.icb(), manifest.nhsProviders());
        return new ConformedInputs(
                ServiceMerger.merge(listings),
                childRecords,
                statistics,
                comments,
                laPopulation,
                centroids,
                boundaries,
                waits,
                HealthPlace.of(manifest, checked),
                consultation(manifest, checked));
    }

    /** The register's events: at most one register, so that event ids stay unique. */
    private static List<ConsultationEvent> consultation(RunManifest manifest, Map<String, CheckedInput> checked) {
        List<InputSpec> registers = manifest.inputs(InputFormat.Role.CONSULTATION);
        if (registers.size() > 1) {
            throw new ManifestException(manifest.file() + ": a review run takes at most one consultation register;"
                    + " found " + registers.size() + " (combine them into one file)");
        }
        return registers.isEmpty()
                ? List.of()
                : records(checked.get(registers.get(0).name()), ConsultationEvent.class);
    }

    private static IngestedInput spark(Map<String, CheckedInput> checked, InputSpec spec) {
        if (!(checked.get(spec.name()) instanceof IngestedInput input)) {
            throw new IllegalStateException(spec.describe() + " was not read with Spark");
        }
        return input;
    }

    /** The accepted records of a driver-read input, checked to be of the expected type. */
    static <T> List<T> records(CheckedInput input, Class<T> type) {
        if (!(input instanceof ReadResult<?> result)) {
            throw new IllegalStateException(
                    input.spec().describe() + " was not read as " + type.getSimpleName() + " records");
        }
        return result.accepted().stream().map(type::cast).toList();
    }
}
