package io.fiscaltrail.deploy.embedded;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * A MongoDB wire-protocol server on 127.0.0.1 that keeps its data in {@code <data-dir>/fiscaltrail.mv}
 * (and derived collections, if any, in {@code fiscaltrail-derived.mv} beside it) and loses nothing
 * it acknowledged when the process dies.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

  static final String DATA_FILE_NAME = "fiscaltrail.mv";
  static final String DATABASE = "fiscaltrail";
  private static final String LOOPBACK = "127.0.0.1";

  private final MongoServer server;
  private final Path dataFile;
  private final int port;

  private EmbeddedMongoServer(MongoServer server, Path dataFile) {
    this.server = server;
    this.dataFile = dataFile;
    this.port = server.getLocalAddress().getPort();
  }

  /**
   * Every collection durable (the standalone {@code mongo} mode and tests); see
   * {@link #start(Path, EmbeddedMongoProperties.EmbeddedMongo)}.
   */
  public static EmbeddedMongoServer start(Path dataDir, int port) {
    return start(dataDir, new EmbeddedMongoProperties.EmbeddedMongo(port, Set.of(), Set.of(), Duration.ofSeconds(1)));
  }

  /**
   * Opens (or creates) the data file in {@code dataDir} and listens on the configured port, any
   * free port when 0. Binding failures close the file again.
   */
  static EmbeddedMongoServer start(Path dataDir, EmbeddedMongoProperties.EmbeddedMongo settings) {
    Path dataFile = createDirectories(dataDir).resolve(DATA_FILE_NAME).toAbsolutePath();
    int port = settings.port();
    MongoServer server = new MongoServer(
        DurableH2Backend.open(dataFile, settings.derivedCollections(), settings.deferredCollections(), settings.flushInterval()));
    try {
      server.bind(LOOPBACK, port);
    } catch (Exception e) { // Netty rethrows the BindException unchecked, without the address
      throw new IllegalStateException("Cannot listen on " + LOOPBACK + ":" + port, e);
    }
    return new EmbeddedMongoServer(server, dataFile);
  }

  private static Path createDirectories(Path dataDir) {
    try {
      return Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
    }
  }

  public String uri() {
    return "mongodb://" + LOOPBACK + ":" + port + "/" + DATABASE;
  }

  int port() {
    return port;
  }

  public Path dataFile() {
    return dataFile;
  }

  /** Disconnects the clients and closes the data file cleanly. */
  @Override
  public void close() {
    server.shutdownNow();
  }
}
