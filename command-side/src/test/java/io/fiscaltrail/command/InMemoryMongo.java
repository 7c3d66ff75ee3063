package io.fiscaltrail.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import io.fiscaltrail.eventstore.GlobalSequenceAllocator;
import io.fiscaltrail.eventstore.GlobalSequenceEventStorageEngine;
import io.fiscaltrail.eventstore.GlobalSequenceStorageStrategy;
import io.fiscaltrail.eventstore.UniqueEventKeys;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonDocument;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
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

  /**
   * FiscalTrail's event store on this database, as the application has it: global sequence numbers,
   * the given unique keys, events as JSON with dates in ISO-8601.
   */
  public GlobalSequenceEventStorageEngine eventStorage(UniqueEventKeys uniqueKeys) {
    Serializer serializer = JacksonSerializer.builder()
        .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
        .build();
    return new GlobalSequenceEventStorageEngine(
        MongoEventStorageEngine.builder().eventSerializer(serializer).snapshotSerializer(serializer),
        DefaultMongoTemplate.builder().mongoDatabase(database()).build(),
        new GlobalSequenceStorageStrategy(
            new GlobalSequenceAllocator(collection(GlobalSequenceAllocator.DEFAULT_COLLECTION)),
            Duration.ofSeconds(10), Clock.systemUTC(), uniqueKeys));
  }

  /** How many finds the client sent so far whose filter names the field. */
  public int findsFiltering(String field) {
    return (int) commands.stream()
        .filter(command -> command.containsKey("find") && command.getDocument("filter").containsKey(field))
        .count();
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
