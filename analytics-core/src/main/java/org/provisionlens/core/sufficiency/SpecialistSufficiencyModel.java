package org.provisionlens.core.sufficiency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.provision.Establishment;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.provision.SettingClassifier;

/**
 * Compares the EHC plans placed in each kind of specialist provision with the places the area's settings of that kind
 * offer.
 */
public final class SpecialistSufficiencyModel {

    private SpecialistSufficiencyModel() {}

    /** Every specialist setting among the establishments, once per kind of provision it holds. */
    public static List<SpecialistSetting> specialistSettings(Collection<Establishment> establishments) {
        List<SpecialistSetting> settings = new ArrayList<>();
        for (Establishment establishment : establishments) {
            for (ProvisionKind kind : SettingClassifier.classify(establishment)) {
                settings.add(new SpecialistSetting(establishment, kind, establishment.placesFor(kind)));
            }
        }
        return settings;
    }

    /**
     * One row per kind of provision, in the order of {@link ProvisionKind}.
     *
     * @param plansPlaced EHC plans placed in each kind; a kind missing from the map had none; a {@code null} value
     *     is a count the statistics suppress
     */
    public static List<SpecialistSufficiency> assess(
            Collection<SpecialistSetting> settings, Map<ProvisionKind, Integer> plansPlaced) {
        Map<ProvisionKind, Capacity> capacities = new EnumMap<>(ProvisionKind.class);
        for (SpecialistSetting setting : settings) {
            capacities.merge(
                    setting.kind(), Capacity.none().with(setting.places()), SpecialistSufficiencyModel::combine);
        }
        List<SpecialistSufficiency> rows = new ArrayList<>();
        for (ProvisionKind kind : ProvisionKind.values()) {
            Capacity capacity = capacities.getOrDefault(kind, Capacity.none());
            rows.add(row(kind, capacity, plansPlaced.containsKey(kind) ? plansPlaced.get(kind) : Integer.valueOf(0)));
        }
        return rows;
    }

    static SpecialistSufficiency row(ProvisionKind kind, Capacity capacity, Integer plans) {
        if (plans == null) {
            return new SpecialistSufficiency(kind, capacity, null, null, null);
        }
        return switch (capacity.status()) {
            case UNKNOWN -> new SpecialistSufficiency(kind, capacity, plans, null, null);
            case NONE_IN_AREA -> new SpecialistSufficiency(kind, capacity, plans, plans, null);
            case COMPLETE, PARTIAL ->
                new SpecialistSufficiency(
                        kind,
                        capacity,
                        plans,
                        plans - capacity.knownPlaces(),
                        occupancy(plans, capacity.knownPlaces()));
        };
    }

    private static Double occupancy(int plans, int places) {
        if (places == 0) {
            return null;
        }
        return BigDecimal.valueOf(plans * 100L)
                .divide(BigDecimal.valueOf(places), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static Capacity combine(Capacity a, Capacity b) {
        return new Capacity(
                a.settings() + b.settings(),
                a.settingsWithUnknownPlaces() + b.settingsWithUnknownPlaces(),
                a.knownPlaces() + b.knownPlaces());
    }
}
