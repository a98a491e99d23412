package org.provisionlens.db;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rule of every module that may use sql's test jar (sql, jobs, dashboards; analytics-core, which
 * depends on nothing of ours, states it itself): no package cycles in the main code. A package that needs another is
 * never needed by it, even through a third.
 */
public final class PackageCycles {

    static final ArchRule RULE = slices().matching("org.provisionlens.(**)")
            .should()
            .beFreeOfCycles()
            .because("a package that needs another must not be needed by it, even through a third");

    private PackageCycles() {}

    /**
     * Checks the main classes under {@code rootPackage}, each package (the root one included) a slice of its own.
     *
     * @param probe a main class under the root, so that the rule cannot pass on an empty import
     */
    public static void check(String rootPackage, Class<?> probe) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        if (!classes.contain(probe)) {
            throw new AssertionError("the import of " + rootPackage + " does not hold " + probe.getName());
        }
        RULE.check(classes);
    }
}
