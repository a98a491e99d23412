package org.provisionlens.jobs.run;

import java.util.List;
import java.util.Map;
import org.provisionlens.jobs.conform.HealthGeography;
import org.provisionlens.jobs.ingest.CheckedInput;
import org.provisionlens.jobs.ingest.IngestedInput;
import org.provisionlens.jobs.manifest.InputFormat;
import org.provisionlens.jobs.manifest.InputSpec;
import org.provisionlens.jobs.manifest.ManifestException;
import org.provisionlens.jobs.manifest.RunManifest;
import org.provisionlens.jobs.sources.SubIcbLocation;
import org.provisionlens.jobs.sources.SubIcbLookupTable;

/**
 * Finds the manifest's subIcbLocation in the run's sub-ICB lookup and checks that it is in the manifest's ICB: a
 * place the lookup does not hold, or one in another ICB, stops the run before anything is written.
 */
final class HealthPlace {

    private HealthPlace() {}

    static HealthGeography of(RunManifest manifest, Map<String, CheckedInput> checked) {
        List<InputSpec> lookups = manifest.inputs(InputFormat.Role.HEALTH_GEOGRAPHY);
        if (lookups.isEmpty()) {
            return HealthGeography.none();
        }
        InputSpec spec = lookups.get(0);
        if (!(checked.get(spec.name()) instanceof IngestedInput table)) {
            throw new IllegalStateException(spec.describe() + " was not read with Spark");
        }
        List<SubIcbLocation> locations = SubIcbLookupTable.locations(table);
        String given = manifest.subIcbLocation();
        String icb = manifest.icb();
        SubIcbLocation place = locations.stream()
                .filter(location -> location.isCalled(given))
                .findFirst()
                .orElseThrow(() -> new ManifestException(manifest.file() + ": subIcbLocation '" + given + "' is not a"
                        + " sub-ICB location of " + spec.describe() + "; expected its ONS code or NHS code as the"
                        + " lookup gives them, " + examples(locations, icb)));
        if (icb != null && !inIcb(place, icb)) {
            throw new ManifestException(manifest.file() + ": subIcbLocation " + place.describe() + " is in "
                    + place.icbName() + ", not in the manifest's icb '" + icb + "'; name the ICB the place is in, or"
                    + " the LA's own place (" + examples(locations, icb) + ")");
        }
        return new HealthGeography(locations, place);
    }

    private static boolean inIcb(SubIcbLocation location, String icb) {
        return icb.equalsIgnoreCase(RunManifest.icbName(location.icbName()));
    }

    /** The NHS codes of the ICB's places when the lookup has the ICB, else the lookup's first three places. */
    private static String examples(List<SubIcbLocation> locations, String icb) {
        List<String> ofIcb = icb == null
                ? List.of()
                : locations.stream()
                        .filter(location -> inIcb(location, icb))
                        .map(SubIcbLocation::shortCode)
                        .toList();
        return ofIcb.isEmpty()
                ? "e.g. "
                        + locations.stream()
                                .limit(3)
                                .map(SubIcbLocation::describe)
                                .toList()
                : "the places of " + icb + " are " + ofIcb;
    }
}
