package org.provisionlens.jobs.sources.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles of an explore-education-statistics file's columns, in header order: time, geography, filters (text that
 * slices the data: {@code breakdown_topic}, {@code phase_type}, ...) and indicators (the numbers).
 *
 * <p>Also the names the files and the long form share: the standard time and geography columns, the geographic levels
 * with the column holding each one's code, and well-known filters.
 */
public record EesColumns(List<String> time, List<String> geography, List<String> filters, List<String> indicators) {

    public static final String TIME_PERIOD = "time_period";
    public static final String TIME_IDENTIFIER = "time_identifier";
    public static final String GEOGRAPHIC_LEVEL = "geographic_level";

    /** The long form's columns, in order. */
    public static final String AREA_CODE = "area_code";

    public static final String FILTERS = "filters";
    public static final String INDICATOR = "indicator";
    public static final String VALUE = "value";
    public static final String SUPPRESSED = "suppressed";
    public static final List<String> LONG_FORM =
            List.of(TIME_PERIOD, GEOGRAPHIC_LEVEL, AREA_CODE, FILTERS, INDICATOR, VALUE, SUPPRESSED);

    static final Set<String> TIME_COLUMNS = Set.of(TIME_PERIOD, TIME_IDENTIFIER, GEOGRAPHIC_LEVEL);

    /** Each standard geographic level and the column holding its areas' codes. */
    static final Map<String, String> LEVEL_CODES = levelCodes();

    /** Code columns from the most specific geography to the least: the area of a row of another level. */
    static final List<String> CODES_MOST_SPECIFIC_FIRST = List.of(
            "school_urn",
            "school_laestab",
            "provider_ukprn",
            "institution_id",
            "ward_code",
            "pcon_code",
            "lad_code",
            "planning_area_code",
            "new_la_code",
            "old_la_code",
            "trust_id",
            "sponsor_id",
            "opportunity_area_code",
            "lsip_code",
            "local_enterprise_partnership_code",
            "english_devolved_area_code",
            "cauth_code",
            "pfa_code",
            "region_code",
            "country_code");

    /** Geography columns that are not codes. */
    static final Set<String> GEOGRAPHY_NAMES = Set.of(
            "country_name",
            "region_name",
            "la_name",
            "lad_name",
            "pcon_name",
            "ward_name",
            "lsip_name",
            "school_name",
            "provider_name",
            "institution_name",
            "trust_name",
            "sponsor_name",
            "planning_area_name",
            "opportunity_area_name",
            "local_enterprise_partnership_name",
            "english_devolved_area_name",
            "cauth_name",
            "pfa_name",
            "rsc_region_lead_name");

    /** Filters in DfE's SEN publications, taken as filters whatever their values look like. */
    static final Set<String> KNOWN_FILTERS = Set.of(
            "breakdown_topic",
            "breakdown",
            "phase_type",
            "phase_type_grouping",
            "type_of_establishment",
            "establishment_type_group",
            "sen_status",
            "sen_provision",
            "primary_need",
            "sex",
            "ethnicity_major",
            "ethnicity_minor");

    public EesColumns {
        time = List.copyOf(time);
        geography = List.copyOf(geography);
        filters = List.copyOf(filters);
        indicators = List.copyOf(indicators);
    }

    static boolean isGeography(String column) {
        return CODES_MOST_SPECIFIC_FIRST.contains(column) || GEOGRAPHY_NAMES.contains(column);
    }

    private static Map<String, String> levelCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("National", "country_code");
        codes.put("Regional", "region_code");
        codes.put("Local authority", "new_la_code");
        codes.put("Local authority district", "lad_code");
        codes.put("Parliamentary constituency", "pcon_code");
        codes.put("Ward", "ward_code");
        codes.put("Local skills improvement plan area", "lsip_code");
        codes.put("Local enterprise partnership", "local_enterprise_partnership_code");
        codes.put("English devolved area", "english_devolved_area_code");
        codes.put("Opportunity area", "opportunity_area_code");
        codes.put("Mayoral combined authority", "cauth_code");
        codes.put("Police force area", "pfa_code");
        codes.put("Planning area", "planning_area_code");
        codes.put("School", "school_urn");
        codes.put("Provider", "provider_ukprn");
        codes.put("Institution", "institution_id");
        codes.put("MAT", "trust_id");
        codes.put("Sponsor", "sponsor_id");
        return Map.copyOf(codes);
    }
}
