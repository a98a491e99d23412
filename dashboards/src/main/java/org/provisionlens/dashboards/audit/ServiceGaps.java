package org.provisionlens.dashboards.audit;

import java.util.List;

/** A listing's gaps: what its entry in the Local Offer does not say. {@code name} is null for an unknown service. */
record ServiceGaps(String serviceId, String name, List<String> gaps) {

    public String nameText() {
        return name == null ? serviceId : name;
    }
}
