package org.provisionlens.jobs.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.comments.Comment;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceMerger;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.publish.ConformedInputs;

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
        return new ConformedInputs(ServiceMerger.merge(listings), null, List.of(), comments);
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
