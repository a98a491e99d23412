package org.provisionlens.jobs.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceMerger;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.manifest.ManifestException;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.publish.ConformedInputs;
import org.provisionlens.jobs.sources.ChildRecordsTable;

/** Turns the checked inputs of a run into the canonical model: merged services, demand, statistics, comments. */
final class CanonicalInputs {

    private CanonicalInputs() {}

    /**
     * @param schoolServices the school listing's establishments as services (merged with directory listings by URN)
     */
    static ConformedInputs conform(
            RunManifest manifest, Map<String, CheckedInput> checked, List<Service> schoolServices) {
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
        return new ConformedInputs(ServiceMerger.merge(listings), childRecords, List.of(), comments);
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
