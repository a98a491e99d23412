package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.provisionlens.core.access.Place;
import org.provisionlens.core.access.TravelSettings;
import org.provisionlens.core.demand.SupportLevel;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.DemandCount;
import org.provisionlens.core.sufficiency.Locality;
import org.provisionlens.core.sufficiency.Placement;
import org.provisionlens.core.sufficiency.PlacementCosts;
import org.provisionlens.core.sufficiency.ReviewArea;
import org.provisionlens.core.sufficiency.SufficiencyCells;
import org.provisionlens.core.sufficiency.VerdictThresholds;

/**
 * Small hand-built baselines for tests. Places lie on the equator, so that a distance is easy to work out by hand:
 * 0.1 degree of longitude is 6371.0088 x pi / 180 x 0.1 = 11.11951 km. Journeys use a detour factor of 1 and 60 km/h
 * by default, so minutes = straight-line km, and road miles = km / 1.609344.
 */
public final class SmallBaselines {

    /** Kilometres in 0.1 degree of longitude on the equator. */
    public static final double KM_PER_TENTH_DEGREE = 6371.0088 * Math.PI / 180 * 0.1;

    private final Map<String, Locality> localities = new LinkedHashMap<>();
    private final Map<String, Place> centroids = new LinkedHashMap<>();
    private final List<Service> services = new ArrayList<>();
    private final List<Child> children = new ArrayList<>();
    private final List<ServiceComment> comments = new ArrayList<>();
    private final Map<Scenario, Double> growth = new EnumMap<>(Scenario.class);
    private final Map<ProvisionKind, PlacementCosts.Default> placeCosts = new HashMap<>();
    private TravelSettings travel = new TravelSettings(45, 1.0, 60);
    private TransportPolicy transport = new TransportPolicy(20, null, TransportPolicy.SCHOOL_JOURNEYS_PER_YEAR, null);

    private record Child(
            String lsoa, NeedCode need, int age, SupportLevel level, String serviceId, int n, boolean waiting) {}

    public static SmallBaselines builder() {
        return new SmallBaselines();
    }

    /** An LSOA at a point on the equator, {@code tenths} tenths of a degree east of 0, in a locality. */
    public SmallBaselines lsoa(String code, String localityCode, String localityName, double tenths) {
        localities.put(code, new Locality(localityCode, localityName));
        centroids.put(code, new Place(code, 0, tenths / 10));
        return this;
    }

    /** A change opening a local special school counted in places, {@code tenths} tenths of a degree east of 0. */
    public static Change.OpenService openSchool(
            String id, Set<NeedCode> needs, int from, int to, int places, String costPerPlace, double tenths) {
        return new Change.OpenService(
                id,
                "School " + id,
                Domain.EDUCATION,
                Tier.SPECIALIST,
                needs,
                from,
                to,
                places,
                CapacityUnit.PLACES,
                costPerPlace == null ? null : new BigDecimal(costPerPlace),
                0.0,
                tenths / 10,
                null);
    }

    /** Moves every LSOA's centroid to the point (latitude, longitude) a function gives for its code. */
    public SmallBaselines relocate(java.util.function.Function<String, double[]> point) {
        centroids.replaceAll((code, place) -> {
            double[] p = point.apply(code);
            return new Place(code, p[0], p[1]);
        });
        return this;
    }

    /** A local special school counted in places, {@code tenths} tenths of a degree east of 0. */
    public SmallBaselines specialSchool(
            String id, Set<NeedCode> needs, int from, int to, int places, int inUse, double tenths) {
        return service(ServiceBuilder.service(id, "School " + id)
                .domain(Domain.EDUCATION)
                .tier(Tier.SPECIALIST)
                .needs(needs)
                .ages(new AgeRange(from, to))
                .capacity(places)
                .capacityUnit(CapacityUnit.PLACES)
                .currentUse(inUse)
                .inArea(true)
                .locations(List.of(new ServiceLocation(id, null, null, 0.0, tenths / 10)))
                .build());
    }

    /** A local health service counted in caseload (referrals: its use plus its waiting list). */
    public SmallBaselines therapy(String id, Set<NeedCode> needs, int caseload, int inUse, double tenths) {
        return service(ServiceBuilder.service(id, "Therapy " + id)
                .domain(Domain.HEALTH)
                .tier(Tier.TARGETED)
                .needs(needs)
                .ages(new AgeRange(0, 18))
                .capacity(caseload)
                .capacityUnit(CapacityUnit.CASELOAD)
                .currentUse(inUse)
                .waitingList(0)
                .inArea(true)
                .locations(List.of(new ServiceLocation(id, null, null, 0.0, tenths / 10)))
                .build());
    }

    public SmallBaselines service(Service service) {
        services.add(service);
        return this;
    }

    /** Replaces a service built earlier, e.g. to add a unit cost or an Ofsted rating. */
    public SmallBaselines change(String id, java.util.function.UnaryOperator<ServiceBuilder> change) {
        services.replaceAll(
                s -> s.id().equals(id) ? change.apply(ServiceBuilder.from(s)).build() : s);
        return this;
    }

    /** Children with plans living in an LSOA ({@code null}: not known) and using a service. */
    public SmallBaselines children(String lsoa, NeedCode need, int age, String serviceId, int n) {
        return children(lsoa, need, age, SupportLevel.EHC_PLAN, serviceId, n);
    }

    public SmallBaselines children(String lsoa, NeedCode need, int age, SupportLevel level, String serviceId, int n) {
        children.add(new Child(lsoa, need, age, level, serviceId, n, false));
        return this;
    }

    /**
     * Children with plans waiting (their records give a date they have waited since), in the setting or on the list of
     * the service their records name ("mainstream", a service's id, or {@code null} for none).
     */
    public SmallBaselines waiting(String lsoa, NeedCode need, int age, String setting, int n) {
        children.add(new Child(lsoa, need, age, SupportLevel.EHC_PLAN, setting, n, true));
        return this;
    }

    public SmallBaselines growth(double low, double central, double high) {
        growth.put(Scenario.LOW, low);
        growth.put(Scenario.CENTRAL, central);
        growth.put(Scenario.HIGH, high);
        return this;
    }

    public SmallBaselines transport(double maxMiles, String costPerMile) {
        transport = new TransportPolicy(
                maxMiles,
                costPerMile == null ? null : new BigDecimal(costPerMile),
                TransportPolicy.SCHOOL_JOURNEYS_PER_YEAR,
                costPerMile == null ? null : "test");
        return this;
    }

    public SmallBaselines travel(TravelSettings settings) {
        travel = settings;
        return this;
    }

    /** The cost of an independent special school place a year (what overflow out of area costs). */
    public SmallBaselines independentPlace(String perYear) {
        placeCosts.put(
                ProvisionKind.INDEPENDENT_SPECIAL_SCHOOL, new PlacementCosts.Default(new BigDecimal(perYear), "test"));
        return this;
    }

    public SmallBaselines comment(String serviceId, String id, String text, String... themes) {
        comments.add(new ServiceComment(serviceId, id, "parent", text, List.of(themes)));
        return this;
    }

    public Baseline build() {
        if (growth.isEmpty()) {
            growth(1.0, 1.0, 1.0);
        }
        Placement.Classifier classifier = new Placement.Classifier(services);
        List<DemandCount> demand = children.stream()
                .map(c -> new DemandCount(
                        c.lsoa(), c.need(), c.age(), c.level(), classifier.of(c.serviceId()), c.waiting(), c.n()))
                .toList();
        return new Baseline(
                1L,
                new ReviewArea("E09999999", "Smallshire", localities, centroids),
                LocalDate.of(2026, 1, 15),
                services,
                demand,
                growth,
                2029,
                new SufficiencyCells.Settings(
                        VerdictThresholds.defaults(), travel, 2029, new PlacementCosts(placeCosts)),
                transport,
                comments);
    }
}
