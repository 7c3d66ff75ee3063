package io.fiscaltrail.deploy.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * The child process of the kill tests: starts the durable embedded server on the data directory
 * and port given as arguments, optionally with derived and deferred collections (comma-separated,
 * "-" for none) and their flush interval (ISO-8601), prints its URI and serves until it is killed.
 */
public class EmbeddedMongoServerMain {

  static final String READY = "READY ";

  public static void main(String[] args) throws InterruptedException {
    Set<String> derived = collections(args, 2);
    Set<String> deferred = collections(args, 3);
    Duration flushInterval = args.length > 4 ? Duration.parse(args[4]) : Duration.ofSeconds(1);
    EmbeddedMongoServer server = EmbeddedMongoServer.start(Path.of(args[0]),
        new EmbeddedMongoProperties.EmbeddedMongo(Integer.parseInt(args[1]), derived, deferred, flushInterval));
    System.out.println(READY + server.uri());
    System.out.flush();
    Thread.currentThread().join();
  }

  private static Set<String> collections(String[] args, int index) {
    return args.length <= index || args[index].equals("-") ? Set.of() : Set.of(args[index].split(","));
  }
}
