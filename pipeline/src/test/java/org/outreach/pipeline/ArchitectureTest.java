package org.outreach.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.outreach.pipeline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Spark runs in its own JVM: the pipeline launches the transform, it never links to it. */
    @ArchTest
    static final ArchRule pipelineNeverLinksSpark = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.outreach.transform..", "org.apache.spark..");

    /** The command line sits on top; nothing in the job depends on it or on the demo. */
    @ArchTest
    static final ArchRule jobDependsOnNoCommand = noClasses()
            .that().resideOutsideOfPackages("..pipeline.cli..", "..pipeline.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("..pipeline.cli..", "..pipeline.demo..");
}
