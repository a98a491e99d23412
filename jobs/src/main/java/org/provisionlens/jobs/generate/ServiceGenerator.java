package org.provisionlens.jobs.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Sizes each LA's services around the demand its generated children make: drawn per service, about 40% are short
 * (capacity 70-90% of demand, with a waiting list of the difference and a wait of weeks to months), 30% about right
 * (95-105%) and 30% with spare capacity (110-130%, no waiting list). Services with no demand are left out.
 */
final class ServiceGenerator {

    private static final List<String> STREETS = List.of(
            "Oakfield Road",
            "Church Lane",
            "Park Avenue",
            "Station Road",
            "Meadow Way",
            "Brook Street",
            "Victoria Road",
            "Mill Lane",
            "Elm Grove",
            "Canal Side",
            "Green Lane",
            "Orchard Close");

    private ServiceGenerator() {}

    static List<GeneratedService> generate(
            PublishedPlans.LaRows la,
            List<Child> children,
            LaGeography geography,
            LocalDate snapshot,
            SplittableRandom random) {
        List<GeneratedService> services = new ArrayList<>();
        String slug = la.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "");
        for (ServiceTemplate template : ServiceCatalogue.templates()) {
            String id = Settings.serviceId(la.oldCode(), template.key());
            double exact = 0;
            for (Child child : children) {
                exact += template.demandOf(child, id);
            }
            int demand = (int) Math.round(exact);
            double draw = random.nextDouble();
            double factor = draw < 0.4
                    ? 0.70 + 0.20 * random.nextDouble()
                    : draw < 0.7 ? 0.95 + 0.10 * random.nextDouble() : 1.10 + 0.20 * random.nextDouble();
            Area location = geography.pick(random);
            String address =
                    (1 + random.nextInt(180)) + " " + STREETS.get(random.nextInt(STREETS.size())) + ", " + la.name();
            String rating = template.qualityRatings()
                    .get(random.nextInt(template.qualityRatings().size()));
            String reviewed = snapshot.minusDays(30 + random.nextInt(700)).toString();
            if (demand == 0) {
                continue;
            }
            int capacity = Math.max(1, (int) Math.round(demand * factor));
            int waiting = Math.max(0, demand - capacity);
            int weeks = waiting == 0 ? 0 : 4 + (int) Math.round(120.0 * waiting / demand) + random.nextInt(4);
            services.add(new GeneratedService(
                    id,
                    template.name().replace("{la}", la.name()),
                    template,
                    organisation(template.funder(), la.name()),
                    location,
                    address,
                    demand,
                    capacity,
                    Math.min(capacity, demand),
                    waiting,
                    weeks,
                    rating,
                    reviewed,
                    slug));
        }
        services.sort(Comparator.comparing(GeneratedService::serviceId));
        return services;
    }

    private static String organisation(String funder, String laName) {
        return switch (funder) {
            case "ICB" -> "NHS children's community health services for " + laName;
            case "joint" -> laName + " Council and NHS partners";
            default -> laName + " Council";
        };
    }
}
