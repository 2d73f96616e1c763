package io.sidebench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Layers point one way: model <- logic <- gui / cli; no package cycles. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.sidebench");
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy("io.sidebench.model..")
                .layer("Logic").definedBy("io.sidebench.logic..")
                .layer("Gui").definedBy("io.sidebench.gui..")
                .layer("Cli").definedBy("io.sidebench.cli..")
                .layer("Launcher").definedBy("io.sidebench")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Gui").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Logic").mayOnlyBeAccessedByLayers("Gui", "Cli", "Launcher")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Logic", "Gui", "Cli", "Launcher")
                .check(classes);
    }

    @Test
    void modelIsPlainRecords() {
        noClasses().that().resideInAPackage("io.sidebench.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.sidebench.model..", "java..")
                .check(classes);
    }

    @Test
    void logicAndModelDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("io.sidebench.logic..", "io.sidebench.model..", "io.sidebench.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.sidebench.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void langChain4jStaysBehindOurModelClient() {
        noClasses().that().resideOutsideOfPackage("io.sidebench.logic.providers..")
                .and().resideOutsideOfPackage("io.sidebench.logic.scoring..")
                .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
                .check(classes);
    }

    @Test
    void guiStartsNoAdHocThreads() {
        noClasses().that().resideInAPackage("io.sidebench.gui..")
                .and().doNotHaveSimpleName("FxTaskExecutor")
                .should().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class)
                .orShould().callMethod(Thread.class, "start")
                .check(classes);
    }
}
