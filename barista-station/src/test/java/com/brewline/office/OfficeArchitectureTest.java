package com.brewline.office;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The office's layers: views on view models, view models on the domain and the store interface only. */
class OfficeArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.brewline.office");

    @Test
    void noCycles() {
        slices().matching("com.brewline.office.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void viewModelsHaveNoUiNodesAndNoDatabaseEngine() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.fxml..",
                        "javafx.stage..", "com.brewline.store.sqlite..")
                .check(CLASSES);
    }

    @Test
    void featuresKnowNeitherEachOtherNorTheAssembly() {
        noClasses().that().resideInAnyPackage("com.brewline.office.reports..", "com.brewline.office.menu..",
                        "com.brewline.office.pin..", "com.brewline.office.support..")
                .should().dependOnClassesThat().resideInAnyPackage("com.brewline.office.app..",
                        "com.brewline.store.sqlite..", "com.brewline.barista.app..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("com.brewline.office.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("com.brewline.office.menu..", "com.brewline.office.pin..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("com.brewline.office.menu..")
                .should().dependOnClassesThat().resideInAnyPackage("com.brewline.office.reports..", "com.brewline.office.pin..")
                .check(CLASSES);
    }
}
