package org.provisionlens.db;

import org.junit.jupiter.api.Test;

class ArchitectureTests {

    @Test
    void packagesAreFreeOfCycles() {
        PackageCycles.check("org.provisionlens.db", PlatformDatabase.class);
    }
}
