package com.brewline.kiosk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Views -> view models -> model and services, one way, and no package cycles. By package: the
 * common pieces know no feature, the frame knows only the common pieces, and each feature (one
 * View + ViewModel + FXML each) knows no other feature but the shared cart.
 */
class ArchitectureTest {
    private static final JavaClasses KIOSK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.brewline.kiosk");

    @Test
    void noPackageCycles() {
        slices().matching("com.brewline.kiosk.(*)..").should().beFreeOfCycles().check(KIOSK);
    }

    @Test
    void viewModelsKnowNoViewsAndNoSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("kiosk views",
                        c -> c.getPackageName().startsWith("com.brewline.kiosk") && c.getSimpleName().endsWith("View")))
                .orShould().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.fxml..",
                        "org.kordamp.ikonli..", "com.google.zxing..", "javafx.stage..")
                .check(KIOSK);
    }

    @Test
    void viewsDoNotTalkToTheStoreOrTheProvider() {
        noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAnyPackage("com.brewline.store..", "com.brewline.payment..",
                        "com.brewline.sandbox..", "java.sql..", "okhttp3..")
                .check(KIOSK);
    }

    @Test
    void screensDoNotDependOnTheCompositionRoot() {
        noClasses().that().resideInAnyPackage("com.brewline.kiosk.(*)..")
                .should().dependOnClassesThat().resideInAPackage("com.brewline.kiosk")
                .check(KIOSK);
    }

    @Test
    void onlyTheCompositionRootWiresRealImplementations() {
        classes().that().resideInAnyPackage("com.brewline.store.sqlite..", "com.brewline.payment.provider..",
                        "com.brewline.payment.client..", "com.brewline.sandbox..")
                .should().onlyHaveDependentClassesThat().resideOutsideOfPackage("com.brewline.kiosk.(*)..")
                .allowEmptyShould(true)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.brewline.kiosk", "com.brewline.store", "com.brewline.payment", "com.brewline.sandbox"));
    }

    private static final String[] FEATURES = {"attract", "menu", "item", "cart", "pay", "done", "status", "inactivity",
            "staff", "staffcall", "suggest", "live"};
    /** What every feature may know: the customer's cart, and the kiosk's live connection to the shop (ADR 0010). */
    private static final java.util.Set<String> SHARED = java.util.Set.of("cart", "live");

    @Test
    void theCommonPiecesKnowNoFeatureAndNoFrame() {
        noClasses().that().resideInAPackage("com.brewline.kiosk.common..")
                .should().dependOnClassesThat().resideInAnyPackage(packages("frame", FEATURES))
                .check(KIOSK);
    }

    @Test
    void theFrameKnowsOnlyTheCommonPieces() {
        noClasses().that().resideInAPackage("com.brewline.kiosk.frame..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(null, FEATURES))
                .check(KIOSK);
    }

    @Test
    void aFeatureKnowsNoOtherFeatureButTheSharedCart() {
        for (String feature : FEATURES) {
            java.util.List<String> others = new java.util.ArrayList<>();
            for (String other : FEATURES) {
                if (!other.equals(feature) && !SHARED.contains(other)) {
                    others.add(other);
                }
            }
            noClasses().that().resideInAPackage("com.brewline.kiosk." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packages(null, others.toArray(String[]::new)))
                    .check(KIOSK);
        }
    }

    @Test
    void onlyTheInactivityWatchLooksAtTheFrame() {
        noClasses().that().resideInAnyPackage(packages(null, "attract", "menu", "item", "cart", "pay", "done",
                        "status", "staff", "staffcall", "suggest", "live"))
                .should().dependOnClassesThat().resideInAPackage("com.brewline.kiosk.frame..")
                .check(KIOSK);
    }

    private static String[] packages(String first, String... names) {
        java.util.List<String> all = new java.util.ArrayList<>();
        if (first != null) {
            all.add("com.brewline.kiosk." + first + "..");
        }
        for (String n : names) {
            all.add("com.brewline.kiosk." + n + "..");
        }
        return all.toArray(String[]::new);
    }

    /** Not even the composition root: a store is opened by its location (Stores.open), the engines are run-time only. */
    @Test
    void noCodeOfTheScreensSeesAStoreEngine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.brewline.store.sqlite..",
                        "com.brewline.store.postgres..", "org.sqlite..", "org.postgresql..", "java.sql..")
                .check(KIOSK);
    }

    /**
     * What every screen shares is the display module's (com.brewline.display, ADR 0005): the one Application
     * with its context hand-off, speech (no program started here), the fonts and the I18n wrapper.
     */
    @Test
    void theKioskLeavesLaunchingSpeechAndFontsToTheDisplayModule() {
        noClasses().should().beAssignableTo(javafx.application.Application.class)
                .orShould().dependOnClassesThat().areAssignableTo(ProcessBuilder.class)
                .orShould().callMethod(javafx.scene.text.Font.class, "loadFont", java.io.InputStream.class, double.class)
                .orShould().callMethod(javafx.scene.text.Font.class, "loadFont", String.class, double.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.util.ResourceBundle.Control.class)
                .because("the display module (com.brewline.display) holds DisplayApplication, Speech, Fonts and I18n")
                .check(KIOSK);
        classes().that().haveSimpleName("KioskApp").should()
                .implement(com.brewline.display.DisplayApplication.Windows.class).check(KIOSK);
    }
}
