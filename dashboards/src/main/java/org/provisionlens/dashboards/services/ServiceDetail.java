package org.provisionlens.dashboards.services;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Everything the run holds about one service: its table row, the other fields, its locations and its listings. */
record ServiceDetail(
        ServiceRow service,
        String description,
        String urn,
        BigDecimal costPerUnit,
        String eligibility,
        String qualityRating,
        String email,
        String phone,
        String website,
        List<String> categories,
        List<Location> locations,
        List<Source> sources) {

    record Location(int position, String name, String address, String postcode, Double latitude, Double longitude) {

        public String coordinatesText() {
            return latitude == null || longitude == null
                    ? Labels.NOT_RECORDED
                    : String.format(Locale.UK, "%.5f, %.5f", latitude, longitude);
        }
    }

    /** One listing the service was built from; {@code location} is "line 12" or a JSON pointer. */
    record Source(String inputName, String format, String file, String location, String sourceId) {}

    ServiceDetail {
        categories = List.copyOf(categories);
        locations = List.copyOf(locations);
        sources = List.copyOf(sources);
    }

    /** "£12.50 per place", or "Not recorded". */
    public String costText() {
        if (costPerUnit == null) {
            return Labels.NOT_RECORDED;
        }
        String cost = String.format(Locale.UK, "£%,.2f", costPerUnit);
        String unit = service.capacityUnit();
        if ("PLACES".equals(unit)) {
            return cost + " per place";
        }
        if ("HOURS_PER_WEEK".equals(unit)) {
            return cost + " per hour";
        }
        return "CASELOAD".equals(unit) ? cost + " per case" : cost;
    }

    public String needsText() {
        if (service.needs().isEmpty()) {
            return Labels.NOT_RECORDED;
        }
        return String.join(
                "; ",
                service.needs().stream()
                        .map(code -> code + " (" + Labels.need(code) + ")")
                        .toList());
    }

    public String categoriesText() {
        return categories.isEmpty() ? Labels.NOT_RECORDED : String.join(", ", categories);
    }

    /** The value, or "Not recorded" when it is missing. */
    public static String orNotRecorded(String value) {
        return value == null || value.isBlank() ? Labels.NOT_RECORDED : value;
    }
}
