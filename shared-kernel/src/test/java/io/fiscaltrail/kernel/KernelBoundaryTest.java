package io.fiscaltrail.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The kernel is the contract between the sides: messages and value objects, nothing else. */
@AnalyzeClasses(packages = "io.fiscaltrail.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class KernelBoundaryTest {

  @ArchTest
  static final ArchRule kernelHasNoSpringNoMongoNoSides =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "com.mongodb..",
              "org.bson..",
              "de.bwaldvogel..",
              "io.fiscaltrail.command..",
              "io.fiscaltrail.query..",
              "io.fiscaltrail.eventstore..",
              "io.fiscaltrail.deploy..");
}
