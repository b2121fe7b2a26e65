package com.brewline.barista;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Views depend on view models, view models on the model and the store interfaces; never the other way. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.brewline.barista", "com.brewline.pickup");

    @Test
    void noPackageCycles() {
        slices().matching("com.brewline.(barista|pickup).(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void viewModelsHaveNoUiNodesAndKnowNoViews() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.fxml..",
                        "javafx.stage..", "javafx.animation..", "com.brewline.store.sqlite..",
                        "com.brewline.payment.provider..", "com.brewline.payment.client..")
                .check(CLASSES);
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .check(CLASSES);
    }

    @Test
    void screensUseOnlyTheStoreAndPaymentInterfaces() {
        noClasses().that().resideInAnyPackage("com.brewline.barista.station..", "com.brewline.pickup.board..",
                        "com.brewline.barista.support..")
                .should().dependOnClassesThat().resideInAnyPackage("com.brewline.store.sqlite..",
                        "com.brewline.payment.provider..", "com.brewline.payment.client..", "com.brewline.sandbox..")
                .check(CLASSES);
    }

    @Test
    void onlyTheAppsAssembleTheScreens() {
        noClasses().that().resideInAnyPackage("com.brewline.barista.station..", "com.brewline.pickup.board..",
                        "com.brewline.barista.support..")
                .should().dependOnClassesThat().resideInAnyPackage("com.brewline.barista.app..", "com.brewline.pickup.app..")
                .check(CLASSES);
    }

    /** Not even the composition root: a store is opened by its location (Stores.open), the engines are run-time only. */
    @Test
    void noCodeOfTheScreensSeesAStoreEngine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.brewline.store.sqlite..",
                        "com.brewline.store.postgres..", "org.sqlite..", "org.postgresql..", "java.sql..")
                .check(CLASSES);
    }
}
