package org.provisionlens.jobs.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * Everything the generator reads from the shared data, read once.
 *
 * @param specialSchools per LA (GSS code) with a schools listing, its real state-funded special schools with known
 *     places: Trafford only; other LAs' special school children go to generated special schools
 */
record Calibration(
        PublishedPlans plans,
        Geography geography,
        List<String> firstNames,
        Map<String, List<ListedSpecialSchools.School>> specialSchools) {

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
        Table names = CsvText.frame(data.resolve(NAMES));
        List<String> firstNames = names
                .where(names.stringColumn("rank").eval(rank -> Integer.parseInt(rank.trim()) <= 100))
                .stringColumn("name")
                .asList()
                .stream()
                .map(String::trim)
                .toList();
        Map<String, List<ListedSpecialSchools.School>> specialSchools = new TreeMap<>();
        if (oldCodes.containsKey(Geography.TRAFFORD)) {
            specialSchools.put(
                    Geography.TRAFFORD,
                    ListedSpecialSchools.load(
                            data.resolve(Geography.TRAFFORD_SCHOOLS), oldCodes.get(Geography.TRAFFORD)));
        }
        return new Calibration(plans, geography, firstNames, Map.copyOf(specialSchools));
    }
}
