package be.veerkracht.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * House rule 1: core is plain Java. No adapter, no framework, no I/O or database API. (Libraries such as OR-Tools
 * or Hipparchus will be allowed per package when a capability needs them.) The cross-module rules live in the
 * {@code architecture} module.
 */
@AnalyzeClasses(packages = "be.veerkracht", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIndependenceTest {

    @ArchTest
    static final ArchRule core_depends_on_no_adapter = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "be.veerkracht.store..", "be.veerkracht.ingest..", "be.veerkracht.cli..", "be.veerkracht.web..",
                    "be.veerkracht.spark..")
            .because("dependencies point inward: adapters use core, never the reverse");

    @ArchTest
    static final ArchRule core_uses_no_framework_io_or_database = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.sql..", "javax.sql..", "java.nio.file..", "java.net..", "org.apache.poi..",
                    "org.apache.commons.csv..", "com.fasterxml..", "picocli..", "io.javalin..", "org.jdbi..",
                    "org.flywaydb..", "org.h2..")
            .because("core takes records in and gives records out; reading and storing is the adapters' job");

    @ArchTest
    static final ArchRule core_reads_no_clock_or_environment = noClasses()
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "getenv", String.class)
            .because("core is deterministic: time and settings come in as arguments");
}
