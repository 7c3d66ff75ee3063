package io.fiscaltrail.command;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.bson.Document;

/** A MongoDB wire-protocol server in this JVM, kept in memory, with one client: a fresh store per test. */
public final class InMemoryMongo implements AutoCloseable {

  private final MongoServer server = new MongoServer(H2Backend.inMemory());
  private final MongoClient client;
  private final List<BsonDocument> commands = new CopyOnWriteArrayList<>();

  public InMemoryMongo() {
    InetSocketAddress address = server.bind();
    client = MongoClients.create(MongoClientSettings.builder()
        .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
        .addCommandListener(new CommandListener() {
          @Override
          public void commandStarted(CommandStartedEvent event) {
            commands.add(event.getCommand().clone());
          }
        })
        .build());
  }

  /** The commands the client sent so far, as sent. */
  public List<BsonDocument> commands() {
    return List.copyOf(commands);
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
