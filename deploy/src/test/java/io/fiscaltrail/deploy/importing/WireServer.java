package io.fiscaltrail.deploy.importing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.InetSocketAddress;

/** A MongoDB wire-protocol server in this JVM, on the embedded store's engine, for one test class. */
public final class WireServer implements AutoCloseable {

  private final MongoServer server = new MongoServer(H2Backend.inMemory());
  private final InetSocketAddress address = server.bind();

  public String uri(String database) {
    return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
  }

  /** Counts the documents of a collection, straight from the server, bypassing the application. */
  public long count(String database, String collection) {
    try (MongoClient client = MongoClients.create(uri(database))) {
      return client.getDatabase(database).getCollection(collection).countDocuments();
    }
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
