package org.provisionlens.core.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.provisionlens.core.provision.NeedCode;

/** Builds a {@link Service} field by field; {@link #from(Service)} starts from an existing one. */
public final class ServiceBuilder {

    private String id;
    private String name;
    private String description;
    private String organisation;
    private String urn;
    private Domain domain;
    private Tier tier;
    private Set<NeedCode> needs;
    private AgeRange ages;
    private List<ServiceLocation> locations;
    private Integer capacity;
    private CapacityUnit capacityUnit;
    private Integer currentUse;
    private Integer waitingList;
    private Integer waitingWeeks;
    private BigDecimal costPerUnit;
    private Funder funder;
    private Boolean inArea;
    private String eligibility;
    private String qualityRating;
    private LocalDate lastReviewed;
    private String email;
    private String phone;
    private String website;
    private List<String> categories;
    private List<SourceReference> sources;

    public static ServiceBuilder service(String id, String name) {
        return new ServiceBuilder().id(id).name(name);
    }

    public static ServiceBuilder from(Service service) {
        ServiceBuilder builder = new ServiceBuilder();
        builder.id = service.id();
        builder.name = service.name();
        builder.description = service.description();
        builder.organisation = service.organisation();
        builder.urn = service.urn();
        builder.domain = service.domain();
        builder.tier = service.tier();
        builder.needs = service.needs();
        builder.ages = service.ages();
        builder.locations = service.locations();
        builder.capacity = service.capacity();
        builder.capacityUnit = service.capacityUnit();
        builder.currentUse = service.currentUse();
        builder.waitingList = service.waitingList();
        builder.waitingWeeks = service.waitingWeeks();
        builder.costPerUnit = service.costPerUnit();
        builder.funder = service.funder();
        builder.inArea = service.inArea();
        builder.eligibility = service.eligibility();
        builder.qualityRating = service.qualityRating();
        builder.lastReviewed = service.lastReviewed();
        builder.email = service.email();
        builder.phone = service.phone();
        builder.website = service.website();
        builder.categories = service.categories();
        builder.sources = service.sources();
        return builder;
    }

    public ServiceBuilder id(String value) {
        this.id = value;
        return this;
    }

    public ServiceBuilder name(String value) {
        this.name = value;
        return this;
    }

    public ServiceBuilder description(String value) {
        this.description = value;
        return this;
    }

    public ServiceBuilder organisation(String value) {
        this.organisation = value;
        return this;
    }

    public ServiceBuilder urn(String value) {
        this.urn = value;
        return this;
    }

    public ServiceBuilder domain(Domain value) {
        this.domain = value;
        return this;
    }

    public ServiceBuilder tier(Tier value) {
        this.tier = value;
        return this;
    }

    public ServiceBuilder needs(Set<NeedCode> value) {
        this.needs = value;
        return this;
    }

    public ServiceBuilder ages(AgeRange value) {
        this.ages = value;
        return this;
    }

    public ServiceBuilder locations(List<ServiceLocation> value) {
        this.locations = value;
        return this;
    }

    public ServiceBuilder capacity(Integer value) {
        this.capacity = value;
        return this;
    }

    public ServiceBuilder capacityUnit(CapacityUnit value) {
        this.capacityUnit = value;
        return this;
    }

    public ServiceBuilder currentUse(Integer value) {
        this.currentUse = value;
        return this;
    }

    public ServiceBuilder waitingList(Integer value) {
        this.waitingList = value;
        return this;
    }

    public ServiceBuilder waitingWeeks(Integer value) {
        this.waitingWeeks = value;
        return this;
    }

    public ServiceBuilder costPerUnit(BigDecimal value) {
        this.costPerUnit = value;
        return this;
    }

    public ServiceBuilder funder(Funder value) {
        this.funder = value;
        return this;
    }

    public ServiceBuilder inArea(Boolean value) {
        this.inArea = value;
        return this;
    }

    public ServiceBuilder eligibility(String value) {
        this.eligibility = value;
        return this;
    }

    public ServiceBuilder qualityRating(String value) {
        this.qualityRating = value;
        return this;
    }

    public ServiceBuilder lastReviewed(LocalDate value) {
        this.lastReviewed = value;
        return this;
    }

    public ServiceBuilder email(String value) {
        this.email = value;
        return this;
    }

    public ServiceBuilder phone(String value) {
        this.phone = value;
        return this;
    }

    public ServiceBuilder website(String value) {
        this.website = value;
        return this;
    }

    public ServiceBuilder categories(List<String> value) {
        this.categories = value;
        return this;
    }

    public ServiceBuilder sources(List<SourceReference> value) {
        this.sources = value;
        return this;
    }

    public Service build() {
        return new Service(
                id,
                name,
                description,
                organisation,
                urn,
                domain,
                tier,
                needs,
                ages,
                locations,
                capacity,
                capacityUnit,
                currentUse,
                waitingList,
                waitingWeeks,
                costPerUnit,
                funder,
                inArea,
                eligibility,
                qualityRating,
                lastReviewed,
                email,
                phone,
                website,
                categories,
                sources);
    }
}
