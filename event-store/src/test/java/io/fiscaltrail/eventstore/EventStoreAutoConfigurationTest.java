package io.fiscaltrail.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application that depends on this module gets its event and token storage in MongoDB. */
class EventStoreAutoConfigurationTest {

  private static MongoServer server;
  private static MongoClient client;
  private static ConfigurableApplicationContext context;

  @BeforeAll
  static void startApplication() {
    server = new MongoServer(H2Backend.inMemory());
    server.bind("127.0.0.1", 0);
    client = MongoClients.create(uri(""));
    context = start("wired", AuditApplication.class);
  }

  @AfterAll
  static void stopApplication() {
    context.close();
    client.close();
    server.shutdownNow();
  }

  @Test
  void axonStoresEventsAndTrackingTokensInMongoThroughThisModule() throws InterruptedException {
    EventProcessingConfiguration processing = context.getBean(Configuration.class).eventProcessingConfiguration();
    assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(GlobalSequenceEventStorageEngine.class);
    assertThat(context.getBean(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
    assertThat(processing.eventProcessor("audit-log")).containsInstanceOf(StreamingEventProcessor.class);
    assertThat(processing.tokenStore("audit-log")).isSameAs(context.getBean(TokenStore.class));

    context.getBean(EventStore.class).publish(new GenericDomainEventMessage<>("Notebook", "notebook-1", 0, new NoteTaken("hello")));

    assertThat(context.getBean(AuditLog.class).seen.poll(10, TimeUnit.SECONDS)).isEqualTo(new NoteTaken("hello"));
    MongoDatabase database = client.getDatabase("wired");
    Document stored = database.getCollection("domainevents").find(eq(EventDocuments.STREAM_KEY, "notebook-1#0")).first();
    assertThat(stored.get(EventDocuments.PAYLOAD, Document.class)).containsEntry("text", "hello");
    assertThat(database.getCollection("trackingtokens").countDocuments(eq("processorName", "audit-log"))).isPositive();
  }

  @Test
  void upcastersFromTheApplicationReachTheStorageEngine() {
    EventStore eventStore = context.getBean(EventStore.class);
    eventStore.publish(new GenericDomainEventMessage<>("Notebook", "notebook-2", 0, new LegacyNoteTaken("written long ago")));

    assertThat(eventStore.readEvents("notebook-2").next().getPayload()).isEqualTo(new NoteTaken("written long ago"));
  }

  @Test
  void aProcessorLeftWithAnInMemoryTokenStoreFailsTheStart() {
    assertThatThrownBy(() -> start("forgetful", AuditApplication.class, InMemoryTokens.class).close())
        .rootCause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[audit-log] would keep their tokens in an InMemoryTokenStore");
  }

  private static ConfigurableApplicationContext start(String database, Class<?>... sources) {
    return new SpringApplicationBuilder(sources)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .run("--spring.data.mongodb.uri=" + uri(database));
  }

  private static String uri(String database) {
    return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/" + database;
  }

  record NoteTaken(String text) {}

  record LegacyNoteTaken(String note) {}

  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class AuditApplication {

    @Bean
    AuditLog auditLog() {
      return new AuditLog();
    }

    @Bean
    NoteUpcaster noteUpcaster() {
      return new NoteUpcaster();
    }
  }

  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  static class InMemoryTokens {

    @Bean
    TokenStore tokenStore() {
      return new InMemoryTokenStore();
    }
  }

  @ProcessingGroup("audit-log")
  static class AuditLog {

    final BlockingQueue<NoteTaken> seen = new LinkedBlockingQueue<>();

    @EventHandler
    void on(NoteTaken note) {
      seen.add(note);
    }
  }

  /** Renames the payload type and its one field, as a later release of an event would. */
  static class NoteUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
      return representation.getType().getName().equals(LegacyNoteTaken.class.getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
      return representation.upcastPayload(
          new SimpleSerializedType(NoteTaken.class.getName(), null),
          JsonNode.class,
          payload -> ((ObjectNode) payload).set("text", ((ObjectNode) payload).remove("note")));
    }
  }
}
