package io.fiscaltrail.deploy.embedded;

import java.nio.file.Path;

/**
 * The child process of {@link KillNineDurabilityTest}: starts the durable embedded server on the
 * data directory and port given as arguments, prints its URI and serves until it is killed.
 */
public class EmbeddedMongoServerMain {

  static final String READY = "READY ";

  public static void main(String[] args) throws InterruptedException {
    EmbeddedMongoServer server =
        EmbeddedMongoServer.start(Path.of(args[0]), Integer.parseInt(args[1]));
    System.out.println(READY + server.uri());
    System.out.flush();
    Thread.currentThread().join();
  }
}
