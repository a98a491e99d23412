package org.provisionlens.jobs.manifest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Every input format the platform reads, what it is for, and how its files are encoded by default. */
public enum InputFormat {
    TRAFFORD_SCHOOLS_CSV("trafford-schools-csv", Role.SCHOOLS, "GIAS-derived schools and colleges (Trafford Data Lab)"),
    GIAS_EXTRACT_CSV(
            "gias-extract-csv",
            Role.SCHOOLS,
            "GIAS establishment extract, full column set (Windows-1252)",
            Charset.forName("windows-1252"),
            false),
    DFE_EHC_PLAN_NEEDS_CSV(
            "dfe-ehc-plan-needs-csv", Role.PLANS_BY_SETTING, "DfE EHC plans by primary need and type of placement"),
    DFE_EES_CSV("dfe-ees-csv", Role.STATISTICS, "any DfE explore-education-statistics data file (SEN2, school census)"),
    ONS_LSOA_POPULATION_CSV("ons-lsoa-population-csv", Role.POPULATION, "ONS population by single year of age, LSOAs"),
    ONS_LA_POPULATION_CSV("ons-la-population-csv", Role.POPULATION, "ONS population by single year of age, LAs"),
    LSOA_CENTROIDS_CSV("lsoa-centroids-csv", Role.GEOGRAPHY, "LSOA population-weighted centroids (ONS)"),
    AREA_BOUNDARIES_GEOJSON(
            "area-boundaries-geojson",
            Role.GEOGRAPHY,
            "LSOA or MSOA boundaries (ONS GeoJSON), for localities and maps"),
    ORUK_JSON("oruk-json", Role.SERVICES, "Open Referral UK / HSDS 3.0 API JSON saved to a file"),
    ORUK_DATAPACKAGE("oruk-datapackage", Role.SERVICES, "Open Referral UK tabular datapackage (datapackage.json)"),
    ORUK_API("oruk-api", Role.SERVICES, "Open Referral UK API read from its URL", StandardCharsets.UTF_8, true),
    SERVICE_CSV("service-csv", Role.SERVICES, "the platform's service CSV template (health, care, ...)"),
    CHILD_RECORDS_CSV("child-records-csv", Role.CHILDREN, "pseudonymised child-level demand records"),
    COMMENTS_CSV("comments-csv", Role.COMMENTS, "consultation comments, CSV"),
    COMMENTS_JSON("comments-json", Role.COMMENTS, "consultation comments, JSON array"),
    NHS_COMMUNITY_WAITING_LIST_CSV(
            "nhs-community-waiting-list-csv",
            Role.COMMUNITY_WAITS,
            "NHS England community health services waiting lists for children and young people, by therapy"),
    ONS_SUB_ICB_LOOKUP_CSV(
            "ons-sub-icb-lookup-csv",
            Role.HEALTH_GEOGRAPHY,
            "ONS sub-ICB locations to integrated care boards to NHS regions lookup"),
    SERVICE_FUNDING_CSV(
            "service-funding-csv",
            Role.FUNDING,
            "who funds each service: funders, shares and amounts (LA, ICB, joint)"),
    CONSULTATION_REGISTER_CSV(
            "consultation-register-csv",
            Role.CONSULTATION,
            "the register of who was consulted on the Local Offer, when and how (SEND Regulations 2014, reg 54)");

    /** What an input is for in a review run. */
    public enum Role {
        SCHOOLS,
        PLANS_BY_SETTING,
        STATISTICS,
        POPULATION,
        GEOGRAPHY,
        SERVICES,
        CHILDREN,
        COMMENTS,
        COMMUNITY_WAITS,
        HEALTH_GEOGRAPHY,
        FUNDING,
        CONSULTATION
    }

    private final String code;
    private final Role role;
    private final String description;
    private final Charset defaultEncoding;
    private final boolean fromUrl;

    InputFormat(String code, Role role, String description) {
        this(code, role, description, StandardCharsets.UTF_8, false);
    }

    InputFormat(String code, Role role, String description, Charset defaultEncoding, boolean fromUrl) {
        this.code = code;
        this.role = role;
        this.description = description;
        this.defaultEncoding = defaultEncoding;
        this.fromUrl = fromUrl;
    }

    public String code() {
        return code;
    }

    public Role role() {
        return role;
    }

    public String description() {
        return description;
    }

    public Charset defaultEncoding() {
        return defaultEncoding;
    }

    /** Whether the input is read from a URL (else from a file). */
    public boolean fromUrl() {
        return fromUrl;
    }

    public static Optional<InputFormat> forCode(String code) {
        return Arrays.stream(values())
                .filter(format -> format.code.equals(code))
                .findFirst();
    }

    public static InputFormat of(InputSpec spec) {
        return forCode(spec.format()).orElseThrow(() -> new ManifestException("unknown format " + spec.format()));
    }
}
