package io.pixelstudio.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The core modules must run from the command line, in CI and in the app alike, so they never
 * depend on JavaFX or AWT windowing, and never on the app.
 */
class CoreIsFreeOfUiTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pixelstudio.trace", "io.pixelstudio.bridge");

    @Test
    void coreDoesNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("io.pixelstudio.trace..", "io.pixelstudio.bridge..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(core);
    }

    @Test
    void coreDoesNotUseAwtWindowsOrSwing() {
        noClasses().that().resideInAnyPackage("io.pixelstudio.trace..", "io.pixelstudio.bridge..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt.event..")
                .check(core);
    }

    @Test
    void coreDoesNotDependOnTheApp() {
        noClasses().that().resideInAnyPackage("io.pixelstudio.trace..", "io.pixelstudio.bridge..")
                .should().dependOnClassesThat().resideInAPackage("io.pixelstudio.app..")
                .check(core);
    }
}
