package org.provisionlens.core.sufficiency;

import java.util.Objects;
import org.provisionlens.core.provision.NeedCode;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.Tier;

/**
 * One cell of the sufficiency matrix: an area (the LA, or a locality within it) x primary need x age band x domain x
 * tier. {@code null} in need, age band, domain or tier means "all" (a parent cell).
 *
 * @param areaCode the LA's GSS code or the locality's code (e.g. an MSOA)
 * @param areaName its name, for sentences
 */
public record CellKey(String areaCode, String areaName, NeedCode need, AgeBand ageBand, Domain domain, Tier tier) {

    public CellKey {
        Objects.requireNonNull(areaCode, "areaCode");
        areaName = areaName == null ? areaCode : areaName;
    }

    /** The same cell in another area (e.g. its LA-level parent). */
    public CellKey inArea(String code, String name) {
        return new CellKey(code, name, need, ageBand, domain, tier);
    }

    /**
     * A short label: "ASD, 11-15, Sale" (with domain and tier when set). Preparation for adulthood counts ages 14-25
     * only: its 11-15 band is "11-15 (aged 14-15 only)" and all ages "ages 14-25".
     */
    public String label() {
        StringBuilder label = new StringBuilder(need == null ? "All needs" : need.name());
        label.append(", ").append(ageLabel());
        if (domain != null) {
            label.append(", ")
                    .append(domain.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        if (tier != null) {
            label.append(", ").append(tier.name().toLowerCase(java.util.Locale.ROOT));
        }
        return label.append(", ").append(areaName).toString();
    }

    /** The age band as the cell counts it: "11-15", "all ages"; in preparation for adulthood, only 14 and over. */
    public String ageLabel() {
        int minAge = domain == null || tier == null
                ? 0
                : DemandDefinition.of(domain, tier).minAge();
        if (ageBand == null) {
            return minAge == 0 ? "all ages" : "ages " + minAge + "-25";
        }
        return ageBand.from() < minAge && ageBand.to() >= minAge
                ? ageBand.label() + " (aged " + minAge + "-" + ageBand.to() + " only)"
                : ageBand.label();
    }
}
