package io.fiscaltrail.deploy.cli;

import io.fiscaltrail.command.department.DepartmentDirectory;
import io.fiscaltrail.command.importing.ImportResult;
import io.fiscaltrail.command.importing.Importer;
import io.fiscaltrail.command.origin.Origin;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.query.admin.ProjectionAdministration;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * {@code --demo}: loads the seed year (the 2022 report of 北塔区总工会) at start, once. If its
 * department is already in the store, the seed was loaded before (an import is all or nothing)
 * or the code is taken, and nothing is loaded. Either way it then waits, a minute at most, until
 * the projections have folded every stored event, so that the application is ready (health UP)
 * only when the year is served.
 */
@Component
class DemoData implements ApplicationRunner {

  static final String OPTION = "demo";
  static final String SEED = "demo/beita-union-2022.ndjson";
  /** The actor of the seed's events. */
  static final String ACTOR = "system:demo";
  static final DepartmentCode SEED_DEPARTMENT = DepartmentCode.of("beita-union");

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private static final Duration PROJECTIONS_TIMEOUT = Duration.ofSeconds(60);

  private final Importer importer;
  private final DepartmentDirectory departments;
  private final ProjectionAdministration projections;

  DemoData(Importer importer, DepartmentDirectory departments, ProjectionAdministration projections) {
    this.importer = importer;
    this.departments = departments;
    this.projections = projections;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException, InterruptedException {
    if (!args.containsOption(OPTION)) {
      return;
    }
    if (departments.isRegistered(SEED_DEPARTMENT)) {
      log.info("--demo: department {} is already in the store; nothing loaded", SEED_DEPARTMENT);
    } else {
      load();
    }
    // The application is ready (health UP) once its runners are done: by then the year is served.
    if (!projections.awaitCaughtUp(PROJECTIONS_TIMEOUT)) {
      log.warn("--demo: the projections have not folded every event within {}; the year is served once they have",
          PROJECTIONS_TIMEOUT);
    }
  }

  private void load() throws IOException {
    try (InputStream seed = new ClassPathResource(SEED).getInputStream()) {
      byte[] content = seed.readAllBytes();
      ImportResult result = Origin.callAsSystem(ACTOR, () -> importer.importNdjson(content));
      log.info("--demo: loaded {} records of {} ({} events) from {}",
          result.records(), SEED_DEPARTMENT, result.events().size(), SEED);
    }
  }
}
