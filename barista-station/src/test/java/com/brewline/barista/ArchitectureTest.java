package com.brewline.barista;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers by package, one way: the shared display module ({@code com.brewline.display}, module
 * brewline-display) knows no screen; the screens' features ({@code barista.station}, {@code pickup.board})
 * know the display module, the model and the store interfaces; only the assembly packages
 * ({@code barista.app}, {@code pickup.app}, {@code screens}, the mains) know the concrete store and provider.
 */
class ArchitectureTest {
    private static final String DISPLAY = "com.brewline.display..";
    private static final String[] FEATURES = {"com.brewline.barista.station..", "com.brewline.pickup.board.."};
    private static final String[] ASSEMBLY = {"com.brewline.barista.app..", "com.brewline.pickup.app..",
            "com.brewline.barista.combined..", "com.brewline.screens.."};
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.brewline.barista", "com.brewline.pickup", "com.brewline.screens", "com.brewline.display");

    @Test
    void noPackageCycles() {
        slices().matching("com.brewline.(*).(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theDisplayModuleKnowsNoScreenNoStoreAndNoProvider() {
        noClasses().that().resideInAPackage(DISPLAY)
                .should().dependOnClassesThat().resideInAnyPackage("com.brewline.barista..", "com.brewline.pickup..",
                        "com.brewline.screens..", "com.brewline.kiosk..", "com.brewline.store..",
                        "com.brewline.payment..", "com.brewline.sandbox..")
                .check(CLASSES);
    }

    @Test
    void thePickupBoardNeverReachesIntoTheBaristaStation() {
        noClasses().that().resideInAnyPackage("com.brewline.pickup..")
                .should().dependOnClassesThat().resideInAnyPackage("com.brewline.barista..")
                .check(CLASSES);
    }

    @Test
    void viewModelsHaveNoUiNodesAndKnowNoViews() {
        classes().that().resideInAnyPackage(FEATURES).and().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.fxml..",
                        "javafx.stage..", "javafx.animation..", "com.brewline.store.sqlite..",
                        "com.brewline.payment.provider..", "com.brewline.payment.client..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage(FEATURES).and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(FEATURES)
                        .and(JavaClass.Predicates.simpleNameEndingWith("View")))
                .check(CLASSES);
    }

    @Test
    void featuresUseOnlyTheStoreAndPaymentInterfaces() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage("com.brewline.store.sqlite..",
                        "com.brewline.payment.provider..", "com.brewline.payment.client..", "com.brewline.sandbox..")
                .check(CLASSES);
    }

    @Test
    void onlyTheAssemblyPackagesAssembleTheScreens() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage(ASSEMBLY)
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
