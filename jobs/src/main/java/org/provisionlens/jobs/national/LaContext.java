package org.provisionlens.jobs.national;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.sufficiency.AgeBand;
import org.provisionlens.core.sufficiency.SufficiencyCells;

/**
 * What every LA's function needs besides its own rows, broadcast once from the driver (small: a few numbers per LA and
 * the LSOA centroids): each LA's run id and name, the forecast growth the driver worked out from the back-test of every
 * LA, the centroids, and where the keyed inputs came from.
 */
final class LaContext implements Serializable {

    private static final long serialVersionUID = 1L;

    final Map<String, Long> runIds;
    final Map<String, String> names;
    /** Per LA: the all-plans growth to the horizon (or null) and each age band's (by band name). */
    final Map<String, Double> overallGrowth;

    final Map<String, HashMap<String, Double>> bandGrowth;
    final int horizonYear;
    final LocalDate reviewDate;
    /** LSOA code to latitude and longitude. */
    final Map<String, double[]> centroids;

    final String[] children;
    final String[] services;
    final String[] comments;

    LaContext(
            Map<String, Long> runIds,
            Map<String, String> names,
            Map<String, Double> overallGrowth,
            Map<String, HashMap<String, Double>> bandGrowth,
            int horizonYear,
            LocalDate reviewDate,
            Map<String, double[]> centroids,
            String[] children,
            String[] services,
            String[] comments) {
        this.runIds = runIds;
        this.names = names;
        this.overallGrowth = overallGrowth;
        this.bandGrowth = bandGrowth;
        this.horizonYear = horizonYear;
        this.reviewDate = reviewDate;
        this.centroids = centroids;
        this.children = children;
        this.services = services;
        this.comments = comments;
    }

    /** An input as the run_input table names it: name, format, path, sha256. */
    static String[] input(org.provisionlens.jobs.ingest.CheckedInput input) {
        return input == null
                ? null
                : new String[] {
                    input.spec().name(),
                    input.spec().format(),
                    input.spec().path().toString(),
                    input.sha256(),
                    input.spec().fileName()
                };
    }

    SufficiencyCells.Growth growth(String la) {
        Map<AgeBand, Double> bands = new EnumMap<>(AgeBand.class);
        bandGrowth.getOrDefault(la, new HashMap<>()).forEach((band, value) -> bands.put(AgeBand.valueOf(band), value));
        return new SufficiencyCells.Growth(overallGrowth.get(la), bands);
    }

    Place centroid(String lsoa) {
        double[] point = centroids.get(lsoa);
        return point == null ? null : new Place(lsoa, point[0], point[1]);
    }
}
