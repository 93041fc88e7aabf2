package org.gridatlas.webapp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of CONVENTIONS.md, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/org/gridatlas/analytics/jooq/"))
                .importPackages("org.gridatlas");
    }

    @Test
    void views_never_touch_the_database_directly() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.springframework.jdbc..",
                        "org.springframework.data.jpa..", "javax.sql..", "java.sql..")
                .check(classes);
    }

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    @Test
    void domain_classes_know_nothing_of_the_user_interface() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void the_read_side_does_not_depend_on_the_web_application() {
        noClasses().that().resideInAnyPackage("org.gridatlas.analytics..", "org.gridatlas.data..")
                .should().dependOnClassesThat().resideInAPackage("org.gridatlas.webapp..")
                .check(classes);
    }

    @Test
    void feature_packages_of_the_web_application_are_free_of_cycles() {
        slices().matching("org.gridatlas.webapp.(*)..").should().beFreeOfCycles().check(classes);
    }
}
