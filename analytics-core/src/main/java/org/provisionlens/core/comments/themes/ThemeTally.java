package org.provisionlens.core.comments.themes;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, per theme, the comments that were positive, negative and mixed about it. The three counts are kept apart on
 * purpose: praise and complaint are never netted into one figure, so a theme that divides opinion shows as divided.
 * Not thread-safe: one tally per thread, then {@link #addAll(ThemeTally)}.
 */
public final class ThemeTally {

    private final Map<Theme, EnumMap<Stance, Integer>> counts = new LinkedHashMap<>();

    /** Adds the findings of one comment (a theme appears at most once per comment). */
    public void add(List<ThemeFinding> findings) {
        for (ThemeFinding f : findings) {
            counts.computeIfAbsent(f.theme(), t -> new EnumMap<>(Stance.class)).merge(f.stance(), 1, Integer::sum);
        }
    }

    public void addAll(ThemeTally other) {
        other.counts.forEach((theme, byStance) -> byStance.forEach((stance, n) ->
                counts.computeIfAbsent(theme, t -> new EnumMap<>(Stance.class)).merge(stance, n, Integer::sum)));
    }

    /** How many comments took this stance on this theme. */
    public int count(Theme theme, Stance stance) {
        EnumMap<Stance, Integer> byStance = counts.get(theme);
        return byStance == null ? 0 : byStance.getOrDefault(stance, 0);
    }

    /** How many comments raised this theme at all. */
    public int comments(Theme theme) {
        EnumMap<Stance, Integer> byStance = counts.get(theme);
        return byStance == null
                ? 0
                : byStance.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The themes raised, in the order first seen. */
    public List<Theme> themes() {
        return List.copyOf(counts.keySet());
    }
}
