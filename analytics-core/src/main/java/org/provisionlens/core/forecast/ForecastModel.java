package org.provisionlens.core.forecast;

/**
 * The models the rolling-origin back-test compares. Each predicts an LA's count {@code h} years after the origin from
 * the data up to the origin only. "Own" growth is the LA's mean annual growth factor over its years up to the origin
 * (geometric mean); national and regional growth are the mean annual growth of the summed series of every LA (of
 * England, or of the LA's DfE region) over the last {@link PooledGrowth#YEARS} year-on-year changes up to the origin.
 * DfE's statistical neighbours are not bundled, so the pooled models use national and regional growth only.
 */
public enum ForecastModel {
    /** Last value: nothing changes. */
    NAIVE_LAST("naive: last value"),
    /** Last value plus the mean annual change (in plans) of the LA's years. */
    NAIVE_DRIFT("naive drift: last value plus mean annual change"),
    /** Last value times the mean annual growth factor of the LA's years. */
    GEOMETRIC_DRIFT("geometric drift: last value times own mean growth"),
    /** The LA's own least-squares trend on the counts. */
    LINEAR("LA's own linear trend"),
    /** The LA's own least-squares trend on the logarithms. */
    LOG_LINEAR("LA's own log-linear trend"),
    /** Last value times national growth. */
    NATIONAL_GROWTH("last value times national growth"),
    /** Last value times the growth of the LA's region. */
    REGIONAL_GROWTH("last value times regional growth"),
    /** Last value times a blend (on the log scale) of own growth and national growth. */
    BLEND_NATIONAL("last value times own growth blended with national"),
    /** Last value times a blend (on the log scale) of own growth and regional growth. */
    BLEND_REGIONAL("last value times own growth blended with regional");

    private final String label;

    ForecastModel(String label) {
        this.label = label;
    }

    /** In words, for pages and the README. */
    public String label() {
        return label;
    }

    /** Whether the model blends own growth with pooled growth (its weight chosen on earlier origins). */
    public boolean blended() {
        return this == BLEND_NATIONAL || this == BLEND_REGIONAL;
    }
}
