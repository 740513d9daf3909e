package fr.referentcpts.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walls between layers, checked on the compiled main classes: core depends on the JDK and
 * itself only, jOOQ and Flyway stay in persistence, PDFBox in pdf, Apache POI in io, ViewModels never touch the
 * scene graph.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.referentcpts");
    }

    @Test
    void coreDependsOnlyOnTheJdkAndItself() {
        classes().that().resideInAPackage("fr.referentcpts.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("fr.referentcpts.core..", "java..")
                .because("the domain decides everything and is tested in milliseconds, without UI, database or files")
                .check(classes);
    }

    @Test
    void coreDoesNoFileOrNetworkIo() {
        noClasses().that().resideInAPackage("fr.referentcpts.core..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.channels..", "java.net..", "java.sql..")
                .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("java.nio.file")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(java.nio.file.Path.class))))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .because("files and network go through ports; a Path only names the file a port reads or writes")
                .check(classes);
    }

    @Test
    void coreTakesTodayFromAnInjectedClock() {
        noClasses().that().resideInAPackage("fr.referentcpts.core..")
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("dates in the domain come from an injected Clock, so tests can fix today")
                .check(classes);
    }

    @Test
    void jooqAndFlywayOnlyInPersistence() {
        noClasses().that().resideOutsideOfPackage("fr.referentcpts.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..")
                .check(classes);
    }

    @Test
    void pdfBoxOnlyInPdf() {
        noClasses().that().resideOutsideOfPackage("fr.referentcpts.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.xmpbox..")
                .check(classes);
    }

    @Test
    void apachePoiOnlyInIo() {
        noClasses().that().resideOutsideOfPackage("fr.referentcpts.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..")
                .because("spreadsheets are written behind a core port, so the window and the command line share them")
                .check(classes);
    }

    @Test
    void viewModelsDoNotKnowScenesStagesOrFxml() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .check(classes);
    }

    @Test
    void onlyTheUiAndTheRootKnowJavaFx() {
        noClasses().that().resideInAnyPackage("fr.referentcpts.core..", "fr.referentcpts.persistence..",
                        "fr.referentcpts.cli..", "fr.referentcpts.pdf..", "fr.referentcpts.io..", "fr.referentcpts.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void layersDoNotReachUpwards() {
        noClasses().that().resideInAnyPackage("fr.referentcpts.persistence..", "fr.referentcpts.io..",
                        "fr.referentcpts.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.referentcpts.ui..", "fr.referentcpts.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("fr.referentcpts.cli..")
                .should().dependOnClassesThat().resideInAPackage("fr.referentcpts.ui..")
                .check(classes);
    }

    @Test
    void theUiTalksOnlyToCore() {
        noClasses().that().resideInAPackage("fr.referentcpts.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.referentcpts.io..", "fr.referentcpts.pdf..",
                        "fr.referentcpts.persistence..", "fr.referentcpts.cli..", "fr.referentcpts.demo..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("fr.referentcpts.AppContext")
                .because("files, documents and the database are reached through core's ports, so the window and "
                        + "the command line run the same use cases")
                .check(classes);
    }

    @Test
    void featuresOfEachLayerDoNotDependOnEachOtherInACircle() {
        for (String layer : java.util.List.of("core", "ui", "cli", "io", "pdf", "persistence")) {
            SlicesRuleDefinition.slices().matching("fr.referentcpts." + layer + ".(*)..")
                    .should().beFreeOfCycles()
                    .check(classes);
        }
    }
}
