package org.provisionlens.core.sufficiency;

import java.util.Map;
import java.util.Objects;
import org.provisionlens.core.access.Place;

/**
 * The local authority under review and its geography: which locality each LSOA belongs to, and each LSOA's centroid.
 */
public record ReviewArea(
        String laCode, String laName, Map<String, Locality> localityOfLsoa, Map<String, Place> centroids) {

    public ReviewArea {
        Objects.requireNonNull(laCode, "laCode");
        Objects.requireNonNull(laName, "laName");
        localityOfLsoa = Map.copyOf(localityOfLsoa);
        centroids = Map.copyOf(centroids);
    }

    public Locality localityOf(String lsoaCode) {
        return lsoaCode == null ? Locality.NOT_RECORDED : localityOfLsoa.getOrDefault(lsoaCode, Locality.NOT_RECORDED);
    }

    /** The LSOA whose centroid is nearest to a point, or {@code null} when the area has no centroids. */
    public String nearestLsoa(Place point) {
        String nearest = null;
        double best = Double.MAX_VALUE;
        for (Map.Entry<String, Place> centroid : centroids.entrySet()) {
            double km = centroid.getValue().kilometresTo(point);
            if (km < best || km == best && centroid.getKey().compareTo(nearest) < 0) {
                best = km;
                nearest = centroid.getKey();
            }
        }
        return nearest;
    }
}
