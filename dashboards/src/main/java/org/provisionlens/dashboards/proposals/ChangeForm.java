package org.provisionlens.dashboards.proposals;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;

/**
 * One change of the proposal form, as typed. {@code kind} chooses which fields count: close (service), capacity
 * (service and places or percent), open (name, needs, ages, places, cost a place, latitude and longitude), needs or
 * ages (service, needs and/or ages), eligibility (service, who), transport (miles and/or cost a mile), unit cost
 * (service, cost). An empty kind is a row left blank.
 */
public class ChangeForm {

    private String kind = "";
    private String serviceId;
    private Integer places;
    private Double percent;
    private BigDecimal cost;
    private String name;
    private String needs;
    private Integer minAge;
    private Integer maxAge;
    private String eligibility;
    private Double maxMiles;
    private Double latitude;
    private Double longitude;
    private String postcode;

    boolean blank() {
        return kind == null || kind.isBlank();
    }

    /** The change, or null after telling {@code error} (field, message) what is wrong. */
    Change change(int index, Consumer<String[]> error) {
        String prefix = "changes[" + index + "].";
        try {
            return switch (kind) {
                case "close" -> new Change.CloseService(service(prefix));
                case "capacity" -> new Change.ChangeCapacity(service(prefix), places, percent);
                case "open" ->
                    new Change.OpenService(
                            id(name),
                            required(name, prefix + "name", "Enter the new service's name"),
                            Domain.EDUCATION,
                            Tier.SPECIALIST,
                            needSet(prefix),
                            required(minAge, prefix + "minAge", "Enter the youngest age"),
                            required(maxAge, prefix + "maxAge", "Enter the oldest age"),
                            required(places, prefix + "places", "Enter the places"),
                            CapacityUnit.PLACES,
                            cost,
                            required(latitude, prefix + "latitude", "Enter the latitude"),
                            required(longitude, prefix + "longitude", "Enter the longitude"),
                            postcode);
                case "needs" ->
                    new Change.ChangeNeedsOrAges(
                            service(prefix), needs == null || needs.isBlank() ? null : needSet(prefix), minAge, maxAge);
                case "eligibility" -> new Change.ChangeEligibility(service(prefix), levels(), eligibilityText());
                case "transport" -> new Change.ChangeTransportPolicy(maxMiles, cost);
                case "cost" ->
                    new Change.ChangeUnitCost(
                            service(prefix), required(cost, prefix + "cost", "Enter the cost a place a year"));
                default -> throw new Invalid(prefix + "kind", "Choose what the change does");
            };
        } catch (Invalid e) {
            error.accept(new String[] {e.field, e.getMessage()});
        } catch (IllegalArgumentException | NullPointerException e) {
            error.accept(new String[] {prefix + "kind", "Change " + (index + 1) + ": " + e.getMessage()});
        }
        return null;
    }

    private String service(String prefix) {
        return required(blankToNull(serviceId), prefix + "serviceId", "Choose the service");
    }

    private Set<NeedCode> needSet(String prefix) {
        Set<NeedCode> set = new LinkedHashSet<>();
        for (String code : (needs == null ? "" : needs).split("[,\\s]+")) {
            if (!code.isBlank()) {
                set.add(NeedCode.fromCode(code.trim())
                        .orElseThrow(() -> new Invalid(
                                prefix + "needs", "Needs are DfE codes such as ASD, SEMH, SLCN: " + code + " is not")));
            }
        }
        if (set.isEmpty()) {
            throw new Invalid(prefix + "needs", "Enter at least one need, such as ASD");
        }
        return set;
    }

    private Set<SupportLevel> levels() {
        return "ehc".equals(eligibility)
                ? Set.of(SupportLevel.EHC_PLAN)
                : Set.of(SupportLevel.EHC_PLAN, SupportLevel.SEN_SUPPORT);
    }

    private String eligibilityText() {
        return "ehc".equals(eligibility) ? "EHC plans only" : "EHC plans and SEN support";
    }

    private static String id(String name) {
        String slug = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return "new-" + slug.replaceAll("^-|-$", "");
    }

    private static <T> T required(T value, String field, String message) {
        if (value == null) {
            throw new Invalid(field, message);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static final class Invalid extends RuntimeException {
        final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public String getServiceId() {
        return serviceId;
    }

    public void setServiceId(String serviceId) {
        this.serviceId = serviceId;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public Double getPercent() {
        return percent;
    }

    public void setPercent(Double percent) {
        this.percent = percent;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }

    public Double getMaxMiles() {
        return maxMiles;
    }

    public void setMaxMiles(Double maxMiles) {
        this.maxMiles = maxMiles;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
