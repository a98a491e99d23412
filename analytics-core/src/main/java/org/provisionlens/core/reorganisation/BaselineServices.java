package org.provisionlens.core.reorganisation;

import static org.provisionlens.core.reorganisation.RowValues.decimal;
import static org.provisionlens.core.reorganisation.RowValues.flag;
import static org.provisionlens.core.reorganisation.RowValues.integer;
import static org.provisionlens.core.reorganisation.RowValues.list;
import static org.provisionlens.core.reorganisation.RowValues.money;
import static org.provisionlens.core.reorganisation.RowValues.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Funder;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.Tier;

/** A published run's services (table service) with their locations (service_location), as core services. */
final class BaselineServices {

    static final String SERVICES = "SELECT service_id, name, description, organisation, urn, domain, tier,"
            + " array_to_string(needs, chr(31)) AS needs, min_age, max_age, capacity, capacity_unit, current_use,"
            + " waiting_list, waiting_weeks, cost_per_unit, funder, in_area, eligibility, quality_rating,"
            + " last_reviewed::text AS last_reviewed, email, phone, website,"
            + " array_to_string(categories, chr(31)) AS categories"
            + " FROM service WHERE run_id = ? ORDER BY service_id";

    static final String LOCATIONS = "SELECT service_id, name, address, postcode, latitude, longitude"
            + " FROM service_location WHERE run_id = ? ORDER BY service_id, position";

    private BaselineServices() {}

    static List<Service> load(PublishedRows rows, long runId) {
        Map<String, List<ServiceLocation>> locations = new HashMap<>();
        for (Map<String, Object> row : rows.query(LOCATIONS, runId)) {
            locations
                    .computeIfAbsent(text(row, "service_id"), id -> new ArrayList<>())
                    .add(new ServiceLocation(
                            text(row, "name"),
                            text(row, "address"),
                            text(row, "postcode"),
                            decimal(row, "latitude"),
                            decimal(row, "longitude")));
        }
        List<Service> services = new ArrayList<>();
        for (Map<String, Object> row : rows.query(SERVICES, runId)) {
            String id = text(row, "service_id");
            services.add(ServiceBuilder.service(id, text(row, "name"))
                    .description(text(row, "description"))
                    .organisation(text(row, "organisation"))
                    .urn(text(row, "urn"))
                    .domain(code(Domain.class, text(row, "domain")))
                    .tier(code(Tier.class, text(row, "tier")))
                    .needs(list(row, "needs").stream().map(NeedCode::valueOf).collect(Collectors.toSet()))
                    .ages(new AgeRange(integer(row, "min_age"), integer(row, "max_age")))
                    .locations(locations.getOrDefault(id, List.of()))
                    .capacity(integer(row, "capacity"))
                    .capacityUnit(code(CapacityUnit.class, text(row, "capacity_unit")))
                    .currentUse(integer(row, "current_use"))
                    .waitingList(integer(row, "waiting_list"))
                    .waitingWeeks(integer(row, "waiting_weeks"))
                    .costPerUnit(money(row, "cost_per_unit"))
                    .funder(code(Funder.class, text(row, "funder")))
                    .inArea(flag(row, "in_area"))
                    .eligibility(text(row, "eligibility"))
                    .qualityRating(text(row, "quality_rating"))
                    .lastReviewed(
                            text(row, "last_reviewed") == null ? null : LocalDate.parse(text(row, "last_reviewed")))
                    .email(text(row, "email"))
                    .phone(text(row, "phone"))
                    .website(text(row, "website"))
                    .categories(list(row, "categories"))
                    .build());
        }
        return services;
    }

    /** The run wrote each code as its constant's name (ServiceTables), so it reads back by name. */
    private static <E extends Enum<E>> E code(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
