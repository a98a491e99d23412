package org.provisionlens.dashboards.proposals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** One line of an aggregated count (never a child): its label, the count, and the count as the viewer may see it. */
record CountRow(String label, int children, String shown) {

    /** The items grouped by label (in first-seen order after sorting by count, largest first), summed. */
    static <T> List<CountRow> group(
            List<T> items, Function<T, String> label, ToIntFunction<T> children, Viewer viewer) {
        Map<String, Integer> sums = new LinkedHashMap<>();
        for (T item : items) {
            sums.merge(label.apply(item), children.applyAsInt(item), Integer::sum);
        }
        return sums.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new CountRow(e.getKey(), e.getValue(), viewer.count(e.getValue())))
                .toList();
    }
}
