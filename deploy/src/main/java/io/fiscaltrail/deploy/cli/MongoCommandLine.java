package io.fiscaltrail.deploy.cli;

import io.fiscaltrail.deploy.embedded.EmbeddedMongoServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar fiscaltrail.jar mongo [--port=N] [--data-dir=DIR]}: the durable embedded MongoDB
 * alone, on 127.0.0.1, for separate command-side and query-side processes to share (the scale test
 * runs one). Prints its URI and serves until the process ends. Exit code 2 on bad arguments.
 */
public final class MongoCommandLine {

  static final String USAGE = "usage: java -jar fiscaltrail.jar mongo [--port=N] [--data-dir=DIR]";
  private static final String PORT = "--port=";
  private static final String DATA_DIR = "--data-dir=";

  private MongoCommandLine() {}

  public static boolean isRequested(String[] args) {
    return args.length > 0 && args[0].equals("mongo");
  }

  /** Serves until the process is stopped; answers 2 when the arguments are bad. */
  public static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
    int port = 0;
    Path dataDir = Path.of("./data");
    for (String arg : List.of(args).subList(1, args.length)) {
      try {
        if (arg.startsWith(PORT)) {
          port = Integer.parseInt(arg.substring(PORT.length()));
        } else if (arg.startsWith(DATA_DIR)) {
          dataDir = Path.of(arg.substring(DATA_DIR.length()));
        } else {
          throw new IllegalArgumentException("unknown argument " + arg);
        }
      } catch (IllegalArgumentException e) {
        err.println(arg + ": " + e.getMessage());
        err.println(USAGE);
        return 2;
      }
    }
    EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mongo-shutdown"));
    out.println("MongoDB at " + server.uri() + ", data in " + server.dataFile());
    out.flush();
    Thread.currentThread().join();
    return 0;
  }
}
