package io.fiscaltrail.deploy.importing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;

/** A MongoDB wire-protocol server in this JVM, on the embedded store's engine, for one test class. */
public final class WireServer implements AutoCloseable {

  private final MongoServer server = new MongoServer(H2Backend.inMemory());
  private final InetSocketAddress address = server.bind();

  public String uri(String database) {
    return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
