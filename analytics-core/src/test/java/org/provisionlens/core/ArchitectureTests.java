package org.provisionlens.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.provisionlens.core");

    @Test
    void analyticsCoreDependsOnNoSparkSpringOrJdbc() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.apache.spark..",
                        "org.springframework..",
                        "java.sql..",
                        "javax.sql..",
                        "org.postgresql..",
                        "org.flywaydb..")
                .because(
                        "analytics-core holds the domain and models; Spark, Spring and JDBC live in jobs and dashboards")
                .check(core);
    }

    @Test
    void packagesAreFreeOfCycles() {
        // "(**)" makes every package, the top one included, a slice of its own.
        slices().matching("org.provisionlens.(**)")
                .should()
                .beFreeOfCycles()
                .because("a package that needs another must not be needed by it, even through a third")
                .check(core);
    }

    @Test
    void theRuleSeesTheCoreClasses() {
        // Guards the rule above against passing on an empty import.
        org.assertj.core.api.Assertions.assertThat(core.contain("org.provisionlens.core.sufficiency.Capacity"))
                .isTrue();
    }
}
