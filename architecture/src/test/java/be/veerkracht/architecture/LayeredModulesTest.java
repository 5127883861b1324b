package be.veerkracht.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Ports and adapters across modules (after buckpal's {@code DependencyRuleTests}): core is the centre; ingest and
 * store are adapters that know core and not each other; web serves pages and the API over them (reading the shipped
 * reference data through ingest); the CLI is the composition root that wires them all. Every
 * layer must hold classes, so a rename cannot make a rule pass on nothing.
 */
@AnalyzeClasses(packages = "be.veerkracht", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeredModulesTest {

    @ArchTest
    static final ArchRule dependencies_point_inward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("core").definedBy("be.veerkracht.portfolio..", "be.veerkracht.geo..", "be.veerkracht.i18n..",
                    "be.veerkracht.exposure..", "be.veerkracht.action..", "be.veerkracht.simulation..",
                    "be.veerkracht.inventory..", "be.veerkracht.tooling..", "be.veerkracht.compliance..",
                    "be.veerkracht.screening..", "be.veerkracht.allocation..", "be.veerkracht.sourcing..",
                    "be.veerkracht.quality..")
            .layer("ingest").definedBy("be.veerkracht.ingest..")
            .layer("store").definedBy("be.veerkracht.store..")
            .layer("web").definedBy("be.veerkracht.web..")
            .layer("cli").definedBy("be.veerkracht.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("web", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("web", "cli")
            .whereLayer("core").mayOnlyBeAccessedByLayers("ingest", "store", "web", "cli");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("be.veerkracht.(**)").should().beFreeOfCycles();
}
