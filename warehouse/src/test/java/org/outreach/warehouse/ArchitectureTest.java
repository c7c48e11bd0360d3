package org.outreach.warehouse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.outreach.warehouse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The warehouse reads the transform's Parquet output, never its code, nor ingest's or the pipeline's. */
    @ArchTest
    static final ArchRule warehouseStandsAlone = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.outreach.ingest..", "org.outreach.transform..", "org.outreach.pipeline..",
                    "org.apache.spark..", "org.springframework..");

    /** Disclosure control is a pure function of the figures: tested on hand-made tables, no files, no warehouse. */
    @ArchTest
    static final ArchRule disclosureControlIsPure = noClasses()
            .that().haveSimpleNameStartingWith("Disclosure")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.sql..",
                    "org.apache.poi..", "com.github.miachm..", "com.fasterxml..");
}
