package org.provisionlens.core.placeplanning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.Tier;
import org.provisionlens.core.sufficiency.Capacity;

/**
 * Which SCAP type a service of the run, or a child's setting, is. A service counts when it is a specialist education
 * service whose capacity is places (or not given): an SEN unit or resourced provision of a school (its own service),
 * a service whose categories name a kind of specialist provision (GIAS listings), or else by its name, description and
 * categories ("alternative provision", "pupil referral"; "resourced provision", "SEN unit"), and otherwise a special
 * school when it is a school or college (it has a URN, or says "school", "college", "academy" or "post-16").
 */
public final class ScapSettings {

    /** Setting values that name a type of placement rather than one setting. */
    static final Map<String, ScapType> GENERIC = Map.ofEntries(
            Map.entry("special", ScapType.SPECIAL_SCHOOL),
            Map.entry("special school", ScapType.SPECIAL_SCHOOL),
            Map.entry("independent special school", ScapType.SPECIAL_SCHOOL),
            Map.entry("non-maintained special school", ScapType.SPECIAL_SCHOOL),
            Map.entry("specialist post-16 institution", ScapType.SPECIAL_SCHOOL),
            Map.entry("specialist post-16", ScapType.SPECIAL_SCHOOL),
            Map.entry("sen unit", ScapType.SEN_UNIT_OR_RESOURCED_PROVISION),
            Map.entry("resourced provision", ScapType.SEN_UNIT_OR_RESOURCED_PROVISION),
            Map.entry("alternative provision", ScapType.ALTERNATIVE_PROVISION),
            Map.entry("ap", ScapType.ALTERNATIVE_PROVISION),
            Map.entry("pru", ScapType.ALTERNATIVE_PROVISION),
            Map.entry("pupil referral unit", ScapType.ALTERNATIVE_PROVISION));

    /** A service counted as one SCAP type, with its places ({@code null}: unknown). */
    public record Setting(ScapType type, String serviceId, String name, Integer places, boolean inArea) {
        public Setting {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(serviceId, "serviceId");
        }
    }

    /** The places of one type: the settings in the LA's area, and those outside it the listing names. */
    public record Places(ScapType type, Capacity inArea, Capacity outOfArea) {}

    private final Map<String, ScapType> byName = new HashMap<>();
    private final List<Setting> settings = new ArrayList<>();

    private ScapSettings() {}

    /** The run's services that are SCAP settings, and the names a child's setting may give them by. */
    public static ScapSettings of(List<Service> services) {
        ScapSettings result = new ScapSettings();
        for (Service service : services) {
            typeOf(service).ifPresent(type -> {
                result.settings.add(new Setting(
                        type,
                        service.id(),
                        service.name(),
                        service.capacity(),
                        !Boolean.FALSE.equals(service.inArea())));
                for (String name : names(service)) {
                    result.byName.putIfAbsent(name, type);
                }
            });
        }
        return result;
    }

    public List<Setting> settings() {
        return List.copyOf(settings);
    }

    /** Places per type, in the order of {@link ScapType}. */
    public List<Places> places() {
        Map<ScapType, Capacity[]> capacities = new EnumMap<>(ScapType.class);
        for (ScapType type : ScapType.values()) {
            capacities.put(type, new Capacity[] {Capacity.none(), Capacity.none()});
        }
        for (Setting setting : settings) {
            Capacity[] pair = capacities.get(setting.type());
            int side = setting.inArea() ? 0 : 1;
            pair[side] = pair[side].with(setting.places());
        }
        return capacities.entrySet().stream()
                .map(e -> new Places(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /**
     * The SCAP type of a child's setting: a service of the run named by its id (with or without its input's prefix),
     * name or URN, or a generic type of placement ("special", "specialist post-16 institution", "alternative
     * provision", ...); empty for anything else (mainstream, further education, not in education, ...).
     */
    public Optional<ScapType> ofSetting(String setting) {
        if (setting == null) {
            return Optional.empty();
        }
        String key = setting.trim().toLowerCase(Locale.ROOT);
        ScapType named = byName.get(key);
        return named != null ? Optional.of(named) : Optional.ofNullable(GENERIC.get(key));
    }

    static Optional<ScapType> typeOf(Service service) {
        if (service.domain() != Domain.EDUCATION || service.tier() != Tier.SPECIALIST) {
            return Optional.empty();
        }
        if (service.capacityUnit() != null && service.capacityUnit() != CapacityUnit.PLACES) {
            return Optional.empty();
        }
        String id = service.id().toLowerCase(Locale.ROOT);
        if (id.endsWith(":sen-unit") || id.endsWith(":resourced-provision")) {
            return Optional.of(ScapType.SEN_UNIT_OR_RESOURCED_PROVISION);
        }
        for (ProvisionKind kind : ProvisionKind.values()) {
            if (service.categories().contains(kind.label())) {
                return Optional.of(ScapType.of(kind));
            }
        }
        String text = (service.name() + " " + Objects.toString(service.description(), "") + " "
                        + String.join(" ", service.categories()))
                .toLowerCase(Locale.ROOT);
        if (text.contains("alternative provision") || text.contains("pupil referral")) {
            return Optional.of(ScapType.ALTERNATIVE_PROVISION);
        }
        if (text.contains("resourced provision") || text.contains("sen unit")) {
            return Optional.of(ScapType.SEN_UNIT_OR_RESOURCED_PROVISION);
        }
        // a school or college listed with its URN as a specialist setting is a special school or specialist college
        // (its units are services of their own, above)
        if (service.urn() != null
                || text.contains("school")
                || text.contains("college")
                || text.contains("academy")
                || text.contains("post-16")) {
            return Optional.of(ScapType.SPECIAL_SCHOOL);
        }
        return Optional.empty();
    }

    /** How child records may name a service: its id, its id in its source, its name, its URN (lower case). */
    private static Set<String> names(Service service) {
        Set<String> names = new java.util.HashSet<>();
        String id = service.id().toLowerCase(Locale.ROOT);
        names.add(id);
        names.add(id.substring(id.indexOf(':') + 1));
        names.add(service.name().trim().toLowerCase(Locale.ROOT));
        if (service.urn() != null) {
            names.add(service.urn().trim().toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
