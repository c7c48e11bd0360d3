package org.outreach.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.outreach.ingest", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule ingestKnowsNothingDownstream = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.outreach.transform..", "org.outreach.warehouse..", "org.outreach.pipeline..");

    @ArchTest
    static final ArchRule sharedPlumbingKnowsNoSource = noClasses()
            .that().resideInAPackage("org.outreach.ingest.support..")
            .should().dependOnClassesThat().resideInAnyPackage("org.outreach.ingest.crm..");
}
