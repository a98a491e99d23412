package org.provisionlens.jobs.sources.geography;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.provisionlens.jobs.ingest.InputException;
import org.provisionlens.jobs.ingest.InputFile;
import org.provisionlens.jobs.ingest.QuarantineEntry;
import org.provisionlens.jobs.ingest.ReadResult;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * ONS boundary files as GeoJSON feature collections (format {@code area-boundaries-geojson}): each feature's code and
 * name come from its {@code LSOA21CD}/{@code LSOA21NM}, {@code MSOA21CD}/{@code MSOA21NM} or {@code LADnnCD}/
 * {@code LADnnNM} properties. A feature without a code or without a Polygon or MultiPolygon geometry is quarantined.
 */
public final class AreaBoundaries {

    public static final String FORMAT = "area-boundaries-geojson";

    private static final Pattern CODE_PROPERTY = Pattern.compile("^(LSOA|MSOA|LAD)\\d{2}CD$");

    private AreaBoundaries() {}

    public static ReadResult<AreaBoundary> read(InputSpec spec) {
        InputFile file =
                InputFile.prepareInMemory(spec, spec.encoding(), org.provisionlens.jobs.ingest.CsvInput.workFolder());
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.newBufferedReader(file.readablePath()));
        } catch (JacksonException e) {
            throw new InputException(
                    spec.describe() + " is not valid JSON ("
                            + (e.getLocation() == null
                                    ? e.getOriginalMessage()
                                    : "line " + e.getLocation().getLineNr())
                            + "); expected a GeoJSON FeatureCollection",
                    e);
        } catch (IOException e) {
            throw new InputException(spec.describe() + " cannot be read: " + e.getMessage(), e);
        }
        JsonNode features = root.path("features");
        if (!"FeatureCollection".equals(root.path("type").asText()) || !features.isArray()) {
            throw new InputException(spec.describe() + " is not a GeoJSON FeatureCollection with \"features\"");
        }
        List<AreaBoundary> accepted = new ArrayList<>();
        List<QuarantineEntry> quarantine = new ArrayList<>();
        long quarantined = 0;
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            String pointer = "/features/" + i;
            String codeProperty = null;
            String level = null;
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            feature.path("properties").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                Matcher matcher = CODE_PROPERTY.matcher(property.getKey());
                if (matcher.matches() && !property.getValue().asText().isBlank()) {
                    codeProperty = property.getKey();
                    level = matcher.group(1).equals("LAD") ? "LA" : matcher.group(1);
                }
            }
            String type = feature.path("geometry").path("type").asText();
            if (codeProperty == null) {
                quarantine.add(QuarantineEntry.atPointer(
                        spec.name(),
                        spec.fileName(),
                        pointer + "/properties",
                        "properties",
                        null,
                        "expected an area code property such as LSOA21CD or MSOA21CD"));
                quarantined++;
            } else if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                quarantine.add(QuarantineEntry.atPointer(
                        spec.name(),
                        spec.fileName(),
                        pointer + "/geometry/type",
                        "geometry",
                        type,
                        "expected a Polygon or MultiPolygon geometry"));
                quarantined++;
            } else {
                String code =
                        feature.path("properties").path(codeProperty).asText().trim();
                String nameProperty = codeProperty.substring(0, codeProperty.length() - 2) + "NM";
                String name = feature.path("properties").path(nameProperty).asText(null);
                accepted.add(new AreaBoundary(
                        code, name, level, feature.path("geometry").toString()));
            }
        }
        return new ReadResult<>(spec, file.sha256(), accepted, quarantine, features.size(), quarantined);
    }
}
