package org.provisionlens.core.reorganisation;

import java.util.Optional;

/** Reads a local authority's published run into a {@link Baseline} (the tables are those of {@code sql/migrations}). */
public final class BaselineLoader {

    private BaselineLoader() {}

    /** The LA's published run, or empty when it has none. */
    public static Optional<Baseline> load(PublishedRows rows, String laCode) {
        throw new UnsupportedOperationException("in progress (issue 10)");
    }
}
