package io.fiscaltrail.deploy.cli;

import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.command.importing.ImportResult;
import io.fiscaltrail.command.importing.Importer;
import io.fiscaltrail.command.importing.InvalidImport;
import io.fiscaltrail.command.importing.LineProblem;
import io.fiscaltrail.command.origin.Origin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar fiscaltrail.jar import FILE}: the same import as {@code POST /api/import}, run
 * against the configured store (the embedded one, or {@code MONGODB_URI}) without a web server.
 * Exit code 0 when everything was stored, 2 when nothing was because the input is bad (each bad
 * line is listed on stderr) or the arguments are, 1 on any other failure.
 */
public final class ImportCommandLine {

  /** The actor of the events an import from the command line stores. */
  static final String ACTOR = "system:cli";

  static final int STORED = 0;
  static final int FAILED = 1;
  static final int BAD_INPUT = 2;

  /** Quiet by default so that the summary is what a script reads; flags can still raise them. */
  private static final Map<String, Object> QUIET = Map.of(
      "logging.level.root", "WARN",
      "logging.level.org.axonframework", "ERROR");

  private ImportCommandLine() {}

  public static boolean isRequested(String[] args) {
    return args.length > 0 && args[0].equals("import");
  }

  /** Runs the import and answers the exit code; the caller exits with it. */
  public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
    ImportArguments arguments;
    byte[] content;
    try {
      arguments = ImportArguments.parse(args);
      content = Files.readAllBytes(arguments.file());
    } catch (IllegalArgumentException | IOException e) {
      err.println(e instanceof IOException ? "cannot read the file: " + e : e.getMessage());
      err.println(ImportArguments.USAGE);
      return BAD_INPUT;
    }
    try (ConfigurableApplicationContext context = start(application, arguments)) {
      Importer importer = context.getBean(Importer.class);
      ImportResult result = Origin.callAsSystem(ACTOR, () -> arguments.isLedger()
          ? importer.importLedger(arguments.ledgerYear(), content)
          : importer.importNdjson(content));
      out.printf("imported %d records from %s %s: %d events stored%n",
          result.records(), arguments.file(), result.recordsByType(), result.events().size());
      return STORED;
    } catch (InvalidImport e) {
      for (LineProblem problem : e.problems()) {
        err.printf("%s:%d: %s: %s%n", arguments.file(), problem.line(), problem.field(), problem.reason());
      }
      err.println(e.getMessage());
      return BAD_INPUT;
    } catch (RejectedCommand e) {
      err.println(e.field() + ": " + e.reason() + "; nothing was stored");
      return BAD_INPUT;
    } catch (RuntimeException e) {
      err.println("import failed, nothing was stored: " + e);
      return FAILED;
    }
  }

  private static ConfigurableApplicationContext start(Class<?> application, ImportArguments arguments) {
    return new SpringApplicationBuilder(application)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .properties(QUIET)
        .run(arguments.springArguments().toArray(String[]::new));
  }
}
