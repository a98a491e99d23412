package org.provisionlens.jobs.sources.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.jobs.sources.oruk.HsdsServiceMapper.Problem;

/** The locations of an HSDS service object: name, address lines, postcode and checked coordinates. */
final class HsdsLocations {

    private HsdsLocations() {}

    static List<ServiceLocation> locations(JsonNode service, List<Problem> problems) {
        List<ServiceLocation> locations = new ArrayList<>();
        JsonNode links = service.path("service_at_locations");
        for (int i = 0; i < links.size(); i++) {
            JsonNode location = links.get(i).path("location");
            if (!location.isObject()) {
                continue;
            }
            String pointer = "/service_at_locations/" + i + "/location";
            int before = problems.size();
            Double latitude = coordinate(location, pointer, "latitude", 90, problems);
            Double longitude = coordinate(location, pointer, "longitude", 180, problems);
            if (problems.size() > before) {
                continue;
            }
            if (latitude != null && longitude != null && latitude == 0 && longitude == 0) {
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

    static Double coordinate(JsonNode location, String pointer, String field, int limit, List<Problem> problems) {
        String given = HsdsJson.raw(location, field);
        BigDecimal value = HsdsJson.number(location, field);
        if (value == null) {
            if (given != null && !given.isBlank()) {
                problems.add(new Problem(pointer, field, given, "expected a " + field + " in decimal degrees"));
            }
            return null;
        }
        if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            problems.add(new Problem(pointer, field, given, "a " + field + " must be -" + limit + " to " + limit));
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
