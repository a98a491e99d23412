package org.provisionlens.dashboards.audit;

import java.util.Map;

/**
 * A data-quality gap of a listing: a fault in one of its optional fields that the run kept the listing despite, the
 * field cleaned ({@code keptAs}) or left empty. {@code value} is the value as given: contact details, shown only to a
 * commissioner or an admin ({@link #withoutValue()} for everyone else).
 *
 * @param listingId the published listing the finding belongs to (after merging), or the source's id when no listing
 *     carries it
 * @param name the listing's name, or null
 * @param field the field as the file names it ({@code email}, {@code url}, {@code minimum_age}, ...)
 */
record FindingRow(
        String listingId, String name, String inputName, String field, String value, String keptAs, String reason) {

    /** What each field the readers check is, in words. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("email", "Email"),
            Map.entry("url", "Web address"),
            Map.entry("website", "Web address"),
            Map.entry("number", "Phone number"),
            Map.entry("phone", "Phone number"),
            Map.entry("minimum_age", "Ages"),
            Map.entry("maximum_age", "Ages"),
            Map.entry("min_age", "Ages"),
            Map.entry("max_age", "Ages"),
            Map.entry("latitude", "Coordinates"),
            Map.entry("longitude", "Coordinates"),
            Map.entry("location_id", "Location"),
            Map.entry("location_name", "Location"),
            Map.entry("address", "Location"),
            Map.entry("description", "Description"),
            Map.entry("eligibility", "Eligibility"),
            Map.entry("name", "Organisation"),
            Map.entry("organisation", "Organisation"));

    public String nameText() {
        return name == null ? listingId : name;
    }

    /** The field in words: "Email", "Phone number", "Ages", ...; an unknown field as the file names it. */
    public String fieldLabel() {
        return LABELS.getOrDefault(field, field);
    }

    public String keptText() {
        return keptAs == null ? "left empty" : keptAs;
    }

    /** The same finding without the value as given, for roles that may not see contact details. */
    FindingRow withoutValue() {
        return new FindingRow(listingId, name, inputName, field, null, keptAs, reason);
    }
}
