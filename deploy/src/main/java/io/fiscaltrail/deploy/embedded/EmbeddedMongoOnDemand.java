package io.fiscaltrail.deploy.embedded;

import org.apache.commons.logging.Log;

/**
 * The embedded server, started the first time its URI is asked for and stopped on close. Nothing
 * starts, and no data file is locked, when the application is given another MongoDB.
 */
final class EmbeddedMongoOnDemand implements AutoCloseable {

  private final EmbeddedMongoProperties properties;
  private final Log log;
  private EmbeddedMongoServer server; // guarded by this

  EmbeddedMongoOnDemand(EmbeddedMongoProperties properties, Log log) {
    this.properties = properties;
    this.log = log;
  }

  synchronized String uri() {
    if (server == null) {
      server = EmbeddedMongoServer.start(properties.dataDir(), properties.embeddedMongo());
      log.info("Embedded MongoDB at " + server.uri() + ", data in " + server.dataFile());
    }
    return server.uri();
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.close();
    }
  }
}
