package org.provisionlens.jobs.manifest;

import java.math.BigDecimal;
import java.util.List;
import org.provisionlens.core.reorganisation.TransportPolicy;

/**
 * The manifest's home-to-school transport policy, {@code "transport": {"maxMiles": 10, "costPerMile": 2.5, "source":
 * "..."}}: every field optional; without it the longest journey the travel access measure accepts, and no cost per mile
 * ({@link TransportPolicy#defaults()}). A cost per mile needs its source.
 */
record ManifestTransport(Double maxMiles, BigDecimal costPerMile, Integer journeysPerYear, String source) {

    static TransportPolicy policy(ManifestTransport given, List<String> problems) {
        TransportPolicy defaults = TransportPolicy.defaults();
        if (given == null) {
            return defaults;
        }
        if (given.maxMiles() != null && !(given.maxMiles() > 0)
                || given.costPerMile() != null && given.costPerMile().signum() < 0
                || given.journeysPerYear() != null && given.journeysPerYear() <= 0) {
            problems.add("transport: maxMiles and journeysPerYear must be above 0 and costPerMile 0 or more");
            return defaults;
        }
        if (given.costPerMile() != null
                && (given.source() == null || given.source().isBlank())) {
            problems.add("transport: costPerMile needs the source of the figure (\"source\": \"...\")");
            return defaults;
        }
        return new TransportPolicy(
                given.maxMiles() == null ? defaults.maxMiles() : given.maxMiles(),
                given.costPerMile(),
                given.journeysPerYear() == null ? defaults.journeysPerYear() : given.journeysPerYear(),
                given.source() == null ? defaults.source() : given.source());
    }
}
