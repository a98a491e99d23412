package org.provisionlens.dashboards;

import org.junit.jupiter.api.Test;
import org.provisionlens.db.PackageCycles;

class ArchitectureTests {

    @Test
    void packagesAreFreeOfCycles() {
        PackageCycles.check("org.provisionlens.dashboards", DashboardsApplication.class);
    }
}
