package io.fiscaltrail.deploy.embedded;

import de.bwaldvogel.mongo.MongoServer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.InetSocketAddress;

/**
 * A MongoDB wire-protocol server in this JVM on the embedded default's engine, kept in memory:
 * a fresh store per test class, without the cost of a file.
 */
public final class WireServer implements AutoCloseable {

  private final MongoServer server = new MongoServer(DurableH2Backend.withoutFile());
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
