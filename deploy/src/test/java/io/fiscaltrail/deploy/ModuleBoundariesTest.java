package io.fiscaltrail.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The two sides meet only through the kernel's messages and the event store, and share the access rules. */
@AnalyzeClasses(packages = "io.fiscaltrail", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  @ArchTest
  static final ArchRule commandSideDoesNotKnowTheQuerySide =
      noClasses().that().resideInAPackage("io.fiscaltrail.command..")
          .should().dependOnClassesThat().resideInAPackage("io.fiscaltrail.query..");

  @ArchTest
  static final ArchRule querySideDoesNotKnowTheCommandSide =
      noClasses().that().resideInAPackage("io.fiscaltrail.query..")
          .should().dependOnClassesThat().resideInAPackage("io.fiscaltrail.command..");

  @ArchTest
  static final ArchRule eventStoreKnowsNeitherSide =
      noClasses().that().resideInAPackage("io.fiscaltrail.eventstore..")
          .should().dependOnClassesThat()
          .resideInAnyPackage("io.fiscaltrail.command..", "io.fiscaltrail.query..", "io.fiscaltrail.kernel..");

  @ArchTest
  static final ArchRule accessKnowsNeitherSide =
      noClasses().that().resideInAPackage("io.fiscaltrail.access..")
          .should().dependOnClassesThat()
          .resideInAnyPackage("io.fiscaltrail.command..", "io.fiscaltrail.query..", "io.fiscaltrail.eventstore..");

  @ArchTest
  static final ArchRule kernelHasNoSpringNoMongo =
      noClasses().that().resideInAPackage("io.fiscaltrail.kernel..")
          .should().dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "de.bwaldvogel..");
}
