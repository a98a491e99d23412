package org.provisionlens.core.forecast;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The region and name of every LA in DfE's EHC plan statistics (bundled from the 2025 release's caseload file, under the
 * OGL): the statistics' long form carries only the LA code, and regional growth needs the region.
 */
public record LaRegions(Map<String, String> regionOf, Map<String, String> nameOf) {

    private static final String RESOURCE = "la-regions.csv";

    public LaRegions {
        regionOf = Map.copyOf(regionOf);
        nameOf = Map.copyOf(nameOf);
    }

    public static LaRegions bundled() {
        Map<String, String> regions = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        try (Reader reader =
                new InputStreamReader(LaRegions.class.getResourceAsStream(RESOURCE), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setCommentMarker('#')
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord row : format.parse(reader)) {
                regions.put(row.get("la_code"), row.get("region_code"));
                names.put(row.get("la_code"), row.get("la_name"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LaRegions(regions, names);
    }

    /** The LA's name, or its code when not known. */
    public String name(String la) {
        return nameOf.getOrDefault(la, la);
    }
}
