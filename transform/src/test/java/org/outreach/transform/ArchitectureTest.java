package org.outreach.transform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.outreach.transform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Only the job classes at the package root read and write. */
    @ArchTest
    static final ArchRule transformationsKnowNoIo = noClasses()
            .that().resideInAnyPackage("..transform.staging..", "..transform.marts..",
                    "..transform.indicators..", "..transform.support..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "org.apache.hadoop..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.spark.sql.DataFrameReader")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.spark.sql.DataFrameWriter");

    @ArchTest
    static final ArchRule transformKnowsNoOtherModule = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.outreach.ingest..", "org.outreach.warehouse..", "org.outreach.pipeline..",
                    "org.springframework..");
}
