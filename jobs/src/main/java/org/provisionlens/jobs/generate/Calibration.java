package org.provisionlens.jobs.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything the generator reads from the shared data, read once. */
record Calibration(PublishedPlans plans, Geography geography, List<String> firstNames) {

    static final String NAMES = "names/ons_baby_names_2024_england_wales.csv";

    static Calibration load(Path data, String timePeriod) {
        PublishedPlans plans = PublishedPlans.load(data, timePeriod);
        Map<String, Integer> plansByLa = new TreeMap<>();
        Map<String, String> oldCodes = new TreeMap<>();
        plans.localAuthorities().forEach((code, la) -> {
            plansByLa.put(code, la.all().plans());
            oldCodes.put(code, la.oldCode());
        });
        Geography geography = Geography.load(data, plansByLa, oldCodes);
        CsvText.Table names = CsvText.read(data.resolve(NAMES));
        int rank = names.column("rank");
        int name = names.column("name");
        List<String> firstNames = new ArrayList<>();
        for (List<String> row : names.rows()) {
            if (Integer.parseInt(row.get(rank).trim()) <= 100) {
                firstNames.add(row.get(name).trim());
            }
        }
        return new Calibration(plans, geography, List.copyOf(firstNames));
    }
}
