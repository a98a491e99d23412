package org.provisionlens.jobs.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.services.ServiceMerger;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.sources.FundingMatch;
import org.provisionlens.jobs.sources.FundingShare;

/** The run's service funding inputs matched to its merged services (see {@link FundingMatch}). */
final class FundingInputs {

    private FundingInputs() {}

    /**
     * Matches every funding input to the services, replaces its entry in {@code checked} by the matched result (so
     * that its reconciliation and quarantine count the rows that named no service), and returns the accepted rows.
     */
    static List<FundingShare> match(
            RunManifest manifest, Map<String, CheckedInput> checked, List<ServiceMerger.Merged> services) {
        List<FundingShare> funding = new ArrayList<>();
        for (InputSpec spec : manifest.inputs(InputFormat.Role.FUNDING)) {
            ReadResult<FundingShare> matched = FundingMatch.against(read(checked.get(spec.name())), services);
            checked.put(spec.name(), matched);
            funding.addAll(matched.accepted());
        }
        return funding;
    }

    @SuppressWarnings("unchecked")
    private static ReadResult<FundingShare> read(CheckedInput input) {
        CanonicalInputs.records(input, FundingShare.class);
        return (ReadResult<FundingShare>) input;
    }
}
