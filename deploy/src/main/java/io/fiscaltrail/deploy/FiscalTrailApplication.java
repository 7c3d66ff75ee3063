package io.fiscaltrail.deploy;

import io.fiscaltrail.command.CommandSideApplication;
import io.fiscaltrail.deploy.cli.ImportCommandLine;
import io.fiscaltrail.deploy.cli.MongoCommandLine;
import io.fiscaltrail.query.QuerySideApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The all-in-one service: both sides in one process, on the durable embedded MongoDB unless
 * {@code MONGODB_URI} names another. The sides' own application classes are left out of the scan
 * so that each configuration is loaded once. {@code import FILE} runs an import instead of the service;
 * {@code mongo} runs the embedded MongoDB alone.
 */
@SpringBootApplication
@ComponentScan(
    basePackages = "io.fiscaltrail",
    excludeFilters = {
      @ComponentScan.Filter(
          type = FilterType.ASSIGNABLE_TYPE,
          classes = {CommandSideApplication.class, QuerySideApplication.class}),
      // as @SpringBootApplication's own scan does: keeps test configurations of other jars out
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
      // the access module configures itself, in web processes only (not in the command-line import)
      @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.fiscaltrail\\.access\\..*")
    })
public class FiscalTrailApplication {

  public static void main(String[] args) throws InterruptedException {
    if (MongoCommandLine.isRequested(args)) {
      System.exit(MongoCommandLine.run(args, System.out, System.err));
    }
    if (ImportCommandLine.isRequested(args)) {
      System.exit(ImportCommandLine.run(FiscalTrailApplication.class, args, System.out, System.err));
    }
    SpringApplication.run(FiscalTrailApplication.class, args);
  }
}
