package org.provisionlens.jobs;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses jobs = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.provisionlens.jobs");

    @Test
    void packagesAreFreeOfCycles() {
        // "(**)" makes every package, the top one included, a slice of its own.
        slices().matching("org.provisionlens.(**)")
                .should()
                .beFreeOfCycles()
                .because("a package that needs another must not be needed by it, even through a third")
                .check(jobs);
    }

    @Test
    void theRuleSeesTheMainClasses() {
        // Guards the rule above against passing on an empty import.
        assertThat(jobs.contain("org.provisionlens.jobs.ProvisionLensJobs")).isTrue();
        assertThat(jobs.contain("org.provisionlens.jobs.SparkTestSession")).isFalse();
    }
}
