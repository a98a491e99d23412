package org.provisionlens.db;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class PackageCyclesTests {

    @Test
    void seesACycleBetweenTwoPackages() {
        assertThatThrownBy(() -> PackageCycles.RULE.check(
                        new ClassFileImporter().importPackages("org.provisionlens.db.cyclefixture")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: Slice db.cyclefixture.a -> ")
                .hasMessageContaining("Slice db.cyclefixture.b -> ");
    }

    @Test
    void refusesAnImportWithoutTheProbe() {
        assertThatThrownBy(() -> PackageCycles.check("org.provisionlens.db", PackageCyclesTests.class))
                .isInstanceOf(AssertionError.class)
                .hasMessage("the import of org.provisionlens.db does not hold org.provisionlens.db.PackageCyclesTests");
    }
}
