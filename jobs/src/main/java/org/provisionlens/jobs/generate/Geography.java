package org.provisionlens.jobs.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Finds each LA's LSOAs. The shared data holds an LSOA-to-LA link for three LAs only: Trafford (ONS population by LSOA,
 * which also weights the spread), Cumberland and Westmorland &amp; Furness (LSOA boundary files). The national LSOA
 * centroid file has no LA column and no LSOA names, so every other LA gets a placeholder: a run of consecutive real
 * LSOA codes from the centroid file (the codes were issued in blocks by LA, so a run is compact), shared out in
 * proportion to the LAs' EHC plans, LAs in DfE LA number order. Placeholder LSOAs are real codes but NOT that LA's.
 */
final class Geography {

    static final String TRAFFORD = "E08000009";
    static final String CENTROIDS = "geography/lsoa_latlong.csv";
    static final String TRAFFORD_POPULATION = "trafford/mid-year_2024_population_estimates_lsoa.csv";
    static final String TRAFFORD_LA_POPULATION = "trafford/mid-year_2024_population_estimates_local_authority.csv";
    static final String TRAFFORD_SCHOOLS = "trafford/trafford_schools_and_colleges.csv";
    static final List<String> BOUNDARY_FILES = List.of("E06000063", "E06000064");
    private static final Pattern LSOA_IN_GEOJSON = Pattern.compile("\"LSOA21CD\"\\s*:\\s*\"(E01\\d{6})\"");

    private final Map<String, LaGeography> byLa;
    private final double[] agePopulation;

    private Geography(Map<String, LaGeography> byLa, double[] agePopulation) {
        this.byLa = byLa;
        this.agePopulation = agePopulation;
    }

    /** @param plansByLa every LA's EHC plans, keyed by GSS code, with its DfE LA number for the placeholder order */
    static Geography load(Path data, Map<String, Integer> plansByLa, Map<String, String> oldCodes) {
        Map<String, double[]> centroids = new TreeMap<>();
        Table table = CsvText.frame(data.resolve(CENTROIDS));
        for (Row row : table.where(table.stringColumn("LSOACD").startsWith("E01"))) {
            centroids.put(row.getString("LSOACD"), new double[] {
                Double.parseDouble(row.getString("latitude")), Double.parseDouble(row.getString("longitude"))
            });
        }
        Map<String, LaGeography> byLa = new TreeMap<>();
        byLa.put(TRAFFORD, trafford(data, centroids));
        for (String la : BOUNDARY_FILES) {
            List<Area> areas = new ArrayList<>();
            for (String lsoa : lsoasInBoundaries(data.resolve("geography/lsoa_" + la + ".geojson"))) {
                double[] at = centroids.get(lsoa);
                if (at != null) {
                    areas.add(new Area(lsoa, at[0], at[1], 1, null));
                }
            }
            byLa.put(
                    la,
                    new LaGeography(
                            la,
                            areas,
                            "LSOA boundary file geography/lsoa_" + la + ".geojson (ONS), centroids from " + CENTROIDS
                                    + ", spread evenly"));
        }
        Set<String> taken = new TreeSet<>();
        byLa.values().forEach(g -> g.areas().forEach(a -> taken.add(a.lsoaCode())));
        List<String> pool =
                centroids.keySet().stream().filter(c -> !taken.contains(c)).toList();
        List<String> others = plansByLa.keySet().stream()
                .filter(la -> !byLa.containsKey(la))
                .sorted(Comparator.comparing((String la) -> oldCodes.getOrDefault(la, "999"))
                        .thenComparing(la -> la))
                .toList();
        double[] weights = others.stream().mapToDouble(plansByLa::get).toArray();
        int[] sizes = Apportion.largestRemainder(pool.size() - others.size(), weights);
        int next = 0;
        for (int i = 0; i < others.size(); i++) {
            List<Area> areas = new ArrayList<>();
            for (int k = 0; k <= sizes[i]; k++, next++) {
                double[] at = centroids.get(pool.get(next));
                areas.add(new Area(pool.get(next), at[0], at[1], 1, null));
            }
            byLa.put(
                    others.get(i),
                    new LaGeography(
                            others.get(i),
                            areas,
                            "PLACEHOLDER: " + areas.size()
                                    + " consecutive LSOA codes " + areas.get(0).lsoaCode() + " to "
                                    + areas.get(areas.size() - 1).lsoaCode() + " from " + CENTROIDS
                                    + " (no LSOA-to-LA lookup in the shared data; these are not this LA's LSOAs), spread evenly"));
        }
        return new Geography(byLa, traffordAgePopulation(data));
    }

    LaGeography of(String laCode) {
        LaGeography geography = byLa.get(laCode);
        if (geography == null) {
            throw new IllegalArgumentException("no geography for " + laCode);
        }
        return geography;
    }

    /** ONS population by single year of age 0-25 (Trafford, mid-2024), the weights for ages DfE leaves unpublished. */
    double[] agePopulation() {
        return agePopulation.clone();
    }

    private static LaGeography trafford(Path data, Map<String, double[]> centroids) {
        Table allSchools = CsvText.frame(data.resolve(TRAFFORD_SCHOOLS));
        Table schools = allSchools.where(allSchools
                .stringColumn("lat")
                .isNotEqualTo("NA")
                .and(allSchools.stringColumn("postcode").eval(postcode -> !postcode.isBlank())));
        List<Area> areas = new ArrayList<>();
        for (Row row : persons(CsvText.frame(data.resolve(TRAFFORD_POPULATION)))) {
            double people = 0;
            for (int age = 0; age <= 25; age++) {
                people +=
                        Double.parseDouble(row.getString(Integer.toString(age)).trim());
            }
            String code = row.getString("area_code").trim();
            double[] at = centroids.get(code);
            String nearest = null;
            double best = Double.MAX_VALUE;
            for (Row school : schools) {
                double dLat = Double.parseDouble(school.getString("lat")) - at[0];
                double dLon = (Double.parseDouble(school.getString("lon")) - at[1]) * Math.cos(Math.toRadians(at[0]));
                double distance = dLat * dLat + dLon * dLon;
                if (distance < best) {
                    best = distance;
                    nearest = school.getString("postcode").trim();
                }
            }
            areas.add(new Area(code, at[0], at[1], people, nearest));
        }
        return new LaGeography(
                TRAFFORD,
                areas,
                "ONS mid-2024 population aged 0-25 by LSOA (" + TRAFFORD_POPULATION
                        + "), weighted by it; centroids from " + CENTROIDS + "; postcode of the nearest school in "
                        + TRAFFORD_SCHOOLS);
    }

    private static double[] traffordAgePopulation(Path data) {
        for (Row row : persons(CsvText.frame(data.resolve(TRAFFORD_LA_POPULATION)))) {
            double[] people = new double[26];
            for (int age = 0; age <= 25; age++) {
                people[age] =
                        Double.parseDouble(row.getString(Integer.toString(age)).trim());
            }
            return people;
        }
        throw new IllegalArgumentException(TRAFFORD_LA_POPULATION + " has no Persons row");
    }

    /** The rows of a population table for both sexes together. */
    private static Table persons(Table population) {
        return population.where(population.stringColumn("sex").eval(sex -> "Persons".equals(sex.trim())));
    }

    private static Set<String> lsoasInBoundaries(Path geojson) {
        try {
            Set<String> codes = new TreeSet<>();
            Matcher matcher = LSOA_IN_GEOJSON.matcher(Files.readString(geojson, StandardCharsets.UTF_8));
            while (matcher.find()) {
                codes.add(matcher.group(1));
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + geojson, e);
        }
    }
}
