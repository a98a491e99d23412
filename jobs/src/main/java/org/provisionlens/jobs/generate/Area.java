package org.provisionlens.jobs.generate;

/**
 * One LSOA as the generator uses it.
 *
 * @param weight its share of the LA's children (population aged 0-25 where known, else 1)
 * @param postcode a real postcode near its centroid, or {@code null} where no postcode source covers the LA
 */
record Area(String lsoaCode, double latitude, double longitude, double weight, String postcode) {

    /** The outward code of {@link #postcode()}, e.g. M33, or {@code null}. */
    String postcodeDistrict() {
        if (postcode == null) {
            return null;
        }
        int space = postcode.indexOf(' ');
        return space > 0 ? postcode.substring(0, space) : postcode;
    }
}
