package com.brewline.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shared model's package rules: no cycles, and the domain depends on nothing but itself and the JDK. */
class SharedModelArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.brewline");

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("com.brewline.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void modelDependsOnNothingOutside() {
        noClasses().that().resideInAPackage("com.brewline.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.brewline.store..", "com.brewline.payment..", "com.brewline.cli..", "com.brewline.menu..",
                        "com.brewline.ordering..", "com.brewline.config..", "..sqlite..", "javafx..", "java.sql..",
                        "com.fasterxml..", "okhttp3..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void domainLogicKnowsNoStorageNorUi() {
        noClasses().that().resideInAnyPackage("com.brewline.menu..", "com.brewline.ordering..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.brewline.store..", "com.brewline.payment..", "com.brewline.cli..", "javafx..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void storeInterfacesKnowNoImplementation() {
        noClasses().that().resideInAPackage("com.brewline.store")
                .should().dependOnClassesThat().resideInAnyPackage("com.brewline.store.sqlite..", "java.sql..",
                        "org.sqlite..", "com.brewline.cli..")
                .check(CLASSES);
    }

    @Test
    void nothingUsesTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("com.brewline.cli..")
                .should().dependOnClassesThat().resideInAPackage("com.brewline.cli..")
                .check(CLASSES);
    }

    @Test
    void sharedModelHasNoJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(CLASSES);
    }
}
