package org.provisionlens.jobs.sources.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.jobs.sources.oruk.HsdsServiceMapper.Finding;

/**
 * The locations of an HSDS service object: name, address lines, postcode and checked coordinates. Coordinates that are
 * not numbers or out of range are a finding: the location is kept without coordinates.
 */
final class HsdsLocations {

    private HsdsLocations() {}

    static List<ServiceLocation> locations(JsonNode service, List<Finding> findings) {
        List<ServiceLocation> locations = new ArrayList<>();
        JsonNode links = service.path("service_at_locations");
        for (int i = 0; i < links.size(); i++) {
            JsonNode location = links.get(i).path("location");
            if (!location.isObject()) {
                continue;
            }
            String pointer = "/service_at_locations/" + i + "/location";
            int before = findings.size();
            Double latitude = coordinate(location, pointer, "latitude", 90, findings);
            Double longitude = coordinate(location, pointer, "longitude", 180, findings);
            if (findings.size() > before || latitude != null && longitude != null && latitude == 0 && longitude == 0) {
                latitude = null;
                longitude = null;
            }
            JsonNode address = address(location);
            ServiceLocation place = new ServiceLocation(
                    HtmlText.cleanLine(HsdsJson.text(location, "name")),
                    addressLines(address),
                    HsdsJson.text(address, "postal_code"),
                    latitude,
                    longitude);
            if (!locations.contains(place)) {
                locations.add(place);
            }
        }
        return locations;
    }

    static Double coordinate(JsonNode location, String pointer, String field, int limit, List<Finding> findings) {
        String given = HsdsJson.raw(location, field);
        BigDecimal value = HsdsJson.number(location, field);
        if (value == null) {
            if (given != null && !given.isBlank()) {
                findings.add(new Finding(
                        pointer,
                        field,
                        HsdsJson.abbreviate(given),
                        null,
                        "expected a " + field + " in decimal degrees: the location is kept without coordinates"));
            }
            return null;
        }
        if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            findings.add(new Finding(
                    pointer,
                    field,
                    HsdsJson.abbreviate(given),
                    null,
                    "a " + field + " must be -" + limit + " to " + limit
                            + ": the location is kept without coordinates"));
            return null;
        }
        return value.doubleValue();
    }

    /** The location's physical address, else its first. */
    static JsonNode address(JsonNode location) {
        JsonNode addresses = location.path("addresses");
        if (addresses.isEmpty()) {
            addresses = location.path("physical_addresses");
        }
        for (JsonNode address : addresses) {
            if ("physical".equalsIgnoreCase(HsdsJson.text(address, "address_type"))) {
                return address;
            }
        }
        return addresses.isEmpty() ? null : addresses.get(0);
    }

    static String addressLines(JsonNode address) {
        if (address == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String field : List.of("address_1", "address_2", "city")) {
            String line = HtmlText.cleanLine(HsdsJson.text(address, field));
            if (line != null) {
                lines.add(line);
            }
        }
        return lines.isEmpty() ? null : String.join(", ", lines);
    }
}
