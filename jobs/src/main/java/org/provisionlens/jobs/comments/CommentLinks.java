package org.provisionlens.jobs.comments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.provisionlens.core.services.Service;

/**
 * Links comments to the services and areas they are about: the service the respondent named (by the service's id, its
 * id in its source, or its name), the area they gave, and any service whose name appears in the anonymised text.
 * Names shorter than {@value #SHORTEST_NAME} characters are not searched for: too many false matches.
 */
public final class CommentLinks {

    static final int SHORTEST_NAME = 8;

    /** One link: kind is "service" or "area"; how is "reference" or "name in text". */
    public record Link(String commentId, String kind, String target, String how) {}

    private final Map<String, String> serviceByKey = new LinkedHashMap<>();
    private final Map<String, String> serviceByName = new LinkedHashMap<>();

    public CommentLinks(List<Service> services) {
        for (Service service : services) {
            serviceByKey.put(simple(service.id()), service.id());
            serviceByKey.put(simple(service.id().substring(service.id().indexOf(':') + 1)), service.id());
            serviceByKey.put(simple(service.name()), service.id());
            if (service.name().length() >= SHORTEST_NAME) {
                serviceByName.putIfAbsent(service.name().toLowerCase(Locale.ROOT), service.id());
            }
        }
    }

    public List<Link> links(ProcessedComment processed) {
        List<Link> links = new ArrayList<>();
        String id = processed.comment().id();
        String reference = processed.comment().serviceReference();
        String referenced = reference == null ? null : serviceByKey.get(simple(reference));
        if (referenced != null) {
            links.add(new Link(id, "service", referenced, "reference"));
        }
        String text = processed.anonymised().text().toLowerCase(Locale.ROOT);
        serviceByName.forEach((name, service) -> {
            if (!service.equals(referenced) && text.contains(name)) {
                links.add(new Link(id, "service", service, "name in text"));
            }
        });
        String area = processed.comment().area();
        if (area != null && !area.isBlank()) {
            links.add(new Link(id, "area", area.trim(), "reference"));
        }
        return links;
    }

    private static String simple(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
