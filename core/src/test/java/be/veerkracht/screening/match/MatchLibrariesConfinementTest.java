package be.veerkracht.screening.match;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** House rule 1: Lucene and ICU4J are used in core only by the name-matching package. */
@AnalyzeClasses(packages = "be.veerkracht", importOptions = ImportOption.DoNotIncludeTests.class)
class MatchLibrariesConfinementTest {

    @ArchTest
    static final ArchRule lucene_and_icu_only_in_screening_match = noClasses()
            .that().resideOutsideOfPackage("be.veerkracht.screening.match")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "com.ibm.icu..")
            .because("Lucene and ICU serve name matching only (docs/screening.md)");
}
