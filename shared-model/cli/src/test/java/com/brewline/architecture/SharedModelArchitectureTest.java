package com.brewline.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shared model's package rules: no cycles, and per module an allow-list of what it may depend on. */
class SharedModelArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.brewline");

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("com.brewline.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /** Allow-lists per module: what each may depend on, everything else refused (new dependencies are a decision). */
    private static final String[] JDK = {"java..", "javax.crypto.."};
    private static final String[] DOMAIN = {"com.brewline.model..", "com.brewline.menu..", "com.brewline.ordering..",
            "com.brewline.config..", "com.brewline.json..", "com.brewline.report..", "com.brewline.kitchen.."};

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static String[] domainAnd(String... more) {
        return with(with(JDK, DOMAIN), more);
    }

    @Test
    void theDomainDependsOnNothingOfOursButItself() {
        classes().that().resideInAnyPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(domainAnd("com.fasterxml.jackson.."))
                .check(CLASSES);
    }

    @Test
    void theStoreInterfaceDependsOnlyOnTheDomain() {
        classes().that().resideInAnyPackage("com.brewline.store", "com.brewline.store.schema..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(domainAnd("com.brewline.store",
                        "com.brewline.store.schema.."))
                .check(CLASSES);
    }

    /** ADR 0017: what both engines share is plain JDBC over the store interface, no driver and no engine. */
    @Test
    void theSharedJdbcLogicKnowsNoEngineNorDriver() {
        classes().that().resideInAPackage("com.brewline.store.jdbc..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(domainAnd("com.brewline.store",
                        "com.brewline.store.jdbc..", "com.fasterxml.jackson..", "org.slf4j.."))
                .check(CLASSES);
    }

    @Test
    void eachStoreEngineDependsOnTheInterfaceItsDriverAndNothingElseOfOurs() {
        classes().that().resideInAPackage("com.brewline.store.sqlite..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(domainAnd("com.brewline.store",
                        "com.brewline.store.schema..", "com.brewline.store.jdbc..", "com.brewline.store.sqlite..", "org.sqlite..",
                        "com.fasterxml.jackson..", "org.slf4j.."))
                .check(CLASSES);
        classes().that().resideInAPackage("com.brewline.store.postgres..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(domainAnd("com.brewline.store",
                        "com.brewline.store.schema..", "com.brewline.store.jdbc..", "com.brewline.store.postgres..",
                        "org.postgresql..",
                        "com.zaxxer.hikari..", "com.fasterxml.jackson..", "org.slf4j.."))
                .check(CLASSES);
    }

    @Test
    void paymentSeesTheStoreInterfaceNeverAnEngine() {
        classes().that().resideInAPackage("com.brewline.payment..")
                // PaymentStack still starts the embedded sandbox; issue 9 removes that, then this exception goes
                .and().doNotHaveSimpleName("PaymentStack")
                .should().onlyDependOnClassesThat().resideInAnyPackage(domainAnd("com.brewline.store",
                        "com.brewline.watch", "com.brewline.payment..", "okhttp3..", "kotlin..", "io.github.resilience4j..",
                        "com.fasterxml.jackson..", "org.slf4j.."))
                .check(CLASSES);
    }

    @Test
    void domainLogicKnowsNoStorageNorUi() {
        noClasses().that().resideInAnyPackage("com.brewline.menu..", "com.brewline.ordering..", "com.brewline.report..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.brewline.store..", "com.brewline.payment..", "com.brewline.cli..", "javafx..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void storeInterfacesKnowNoImplementation() {
        noClasses().that().resideInAPackage("com.brewline.store")
                .should().dependOnClassesThat().resideInAnyPackage("com.brewline.store.sqlite..",
                        "com.brewline.store.postgres..", "java.sql..", "org.sqlite..", "org.postgresql..", "com.brewline.cli..")
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
