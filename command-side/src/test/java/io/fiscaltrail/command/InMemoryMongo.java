package io.fiscaltrail.command;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import org.bson.Document;

/** A MongoDB wire-protocol server in this JVM, kept in memory, with one client: a fresh store per test. */
public final class InMemoryMongo implements AutoCloseable {

  private final MongoServer server = new MongoServer(H2Backend.inMemory());
  private final MongoClient client;

  public InMemoryMongo() {
    InetSocketAddress address = server.bind();
    client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
  }

  public MongoCollection<Document> collection(String name) {
    return database().getCollection(name);
  }

  public MongoDatabase database() {
    return client.getDatabase("test");
  }

  @Override
  public void close() {
    client.close();
    server.shutdownNow();
  }
}
