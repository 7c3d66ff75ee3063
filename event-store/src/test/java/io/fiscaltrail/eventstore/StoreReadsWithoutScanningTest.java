package io.fiscaltrail.eventstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With 20,000 unrelated events stored, loading a small stream, finding its last sequence number and
 * polling for new events each examine only the documents they return (plus the counter), counted
 * by the server itself; a poll for the process's own new events asks the server nothing. The
 * control query, Axon's stock stream query, examines every document.
 */
class StoreReadsWithoutScanningTest {

  private static final int UNRELATED_EVENTS = 20_000;
  private static final String EVENTS = "domainevents";
  private static final String COUNTER = GlobalSequenceAllocator.DEFAULT_COLLECTION;

  private static ExaminedDocumentsBackend backend;
  private static MongoServer server;
  private static MongoClient client;
  private static MongoDatabase database;
  private static GlobalSequenceEventStorageEngine engine;

  @BeforeAll
  static void storeManyUnrelatedEvents() {
    backend = new ExaminedDocumentsBackend();
    server = new MongoServer(backend);
    server.bind("127.0.0.1", 0);
    client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    database = client.getDatabase("scan");
    engine = engine(database, new GlobalSequenceAllocator(database.getCollection(COUNTER)));
    for (int batch = 0; batch < UNRELATED_EVENTS / 1_000; batch++) {
      int first = batch * 1_000;
      engine.appendEvents(IntStream.range(first, first + 1_000)
          .mapToObj(i -> event("department-" + i % 2_000, i / 2_000, "unrelated"))
          .toList());
    }
    engine.appendEvents(List.of(event("budget-2026", 0, "a"), event("budget-2026", 1, "b"), event("budget-2026", 2, "key:c")));
  }

  private static GlobalSequenceEventStorageEngine engine(MongoDatabase database, GlobalSequenceAllocator allocator) {
    JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    return new GlobalSequenceEventStorageEngine(
        MongoEventStorageEngine.builder().eventSerializer(serializer).snapshotSerializer(serializer),
        DefaultMongoTemplate.builder().mongoDatabase(database).build(),
        new GlobalSequenceStorageStrategy(allocator, Duration.ofSeconds(10), Clock.systemUTC(), NOTES_STARTING_WITH_KEY));
  }

  @AfterAll
  static void stopServer() {
    client.close();
    server.shutdownNow();
  }

  @BeforeEach
  void resetCounts() {
    backend.resetCounts();
  }

  @Test
  void loadingASmallStreamExaminesOnlyItsEvents() {
    assertThat(engine.readEvents("budget-2026").asStream().count()).isEqualTo(3);

    assertThat(examined()).containsEntry(EVENTS, 3L);
  }

  @Test
  void findingTheLastSequenceNumberExaminesOnlyTheProbedEvents() {
    assertThat(engine.lastSequenceNumberFor("budget-2026")).contains(2L);

    assertThat(backend.examined(EVENTS)).isEqualTo(3);
  }

  @Test
  void aTrackingPollAtTheHeadExaminesNoEvent() {
    TrackingToken head = engine.createHeadToken();
    backend.resetCounts();

    assertThat(engine.readEvents(head, false).count()).isZero();

    // the counter at most once: the head token has just read it, and a poll takes a fresh reading
    assertThat(examined()).doesNotContainKey(EVENTS);
    assertThat(examined().getOrDefault(COUNTER, 0L)).isLessThanOrEqualTo(1L);
  }

  @Test
  void aTrackingPollForAnotherProcesssNewEventsExaminesOnlyThem() {
    TrackingToken head = engine.createHeadToken();
    engine.appendEvents(List.of(event("budget-2027", 0, "new"), event("budget-2027", 1, "newer")));
    GlobalSequenceEventStorageEngine anotherProcess = engine(database, new GlobalSequenceAllocator(database.getCollection(COUNTER)));
    backend.resetCounts();

    List<? extends TrackedEventMessage<?>> polled = anotherProcess.readEvents(head, false).toList();

    assertThat(polled).hasSize(2);
    assertThat(backend.examined(EVENTS)).isEqualTo(2);
  }

  @Test
  void aTrackingPollForThisProcesssOwnNewEventsAsksTheStoreForNone() {
    TrackingToken head = engine.createHeadToken();
    engine.appendEvents(List.of(event("budget-2029", 0, "new"), event("budget-2029", 1, "newer")));
    backend.resetCounts();

    List<? extends TrackedEventMessage<?>> polled = engine.readEvents(head, false).toList();

    assertThat(polled).extracting(message -> (Object) message.getPayload()).containsExactly("new", "newer");
    assertThat(backend.queries(EVENTS)).isZero();
  }

  @Test
  void aTrackingPollOverAnotherProcesssEventReadsTheStore() {
    TrackingToken head = engine.createHeadToken();
    GlobalSequenceEventStorageEngine anotherProcess = engine(database, new GlobalSequenceAllocator(database.getCollection(COUNTER)));
    engine.appendEvents(List.of(event("budget-2030", 0, "own")));
    anotherProcess.appendEvents(List.of(event("budget-2031", 0, "another's")));
    engine.appendEvents(List.of(event("budget-2030", 1, "own again")));
    backend.resetCounts();

    List<? extends TrackedEventMessage<?>> polled = engine.readEvents(head, false).toList();

    assertThat(polled).extracting(message -> (Object) message.getPayload()).containsExactly("own", "another's", "own again");
    assertThat(backend.queries(EVENTS)).isEqualTo(1);
  }

  @Test
  void aTrackingPollAtTheHeadOfThisProcesssOwnBlockOfNumbersAsksForNoEvent() {
    // a database of its own: the rest of the block would be a gap to the other tests' reads
    MongoDatabase blocks = client.getDatabase("blocks");
    GlobalSequenceEventStorageEngine blockWriter = engine(blocks, new GlobalSequenceAllocator(blocks.getCollection(COUNTER), 100, Duration.ofHours(1)));
    blockWriter.appendEvents(List.of(event("budget-2028", 0, "first of a block")));
    TrackingToken head = blockWriter.createHeadToken();
    blockWriter.appendEvents(List.of(event("budget-2028", 1, "second")));
    backend.resetCounts();

    assertThat(blockWriter.readEvents(head, false).toList()).hasSize(1);

    // the second event is this process's own; then, at the head, nothing up to the end of the
    // block is asked for (a range up to it would be read from the store, and again at every poll)
    assertThat(backend.queries(EVENTS)).isZero();
  }

  @Test
  void findingEventsByTheirUniqueKeysExaminesOnlyTheEventsFound() {
    assertThat(engine.eventsWithUniqueKeys(List.of("key:c", "key:absent"))).containsOnlyKeys("key:c");

    assertThat(backend.examined(EVENTS)).isEqualTo(1);
  }

  @Test
  void axonsStockStreamQueryScansEveryEventOnThisServer() {
    database.getCollection(EVENTS)
        .find(and(eq(EventDocuments.AGGREGATE_IDENTIFIER, "budget-2026"), gte(EventDocuments.SEQUENCE_NUMBER, 0)))
        .into(new ArrayList<>());

    assertThat(backend.examined(EVENTS)).isGreaterThanOrEqualTo(UNRELATED_EVENTS);
  }

  private static Map<String, Long> examined() {
    return List.of(EVENTS, COUNTER, "snapshotevents").stream()
        .filter(collection -> backend.examined(collection) > 0)
        .collect(Collectors.toMap(collection -> collection, backend::examined));
  }

  /** A note that starts with "key:" states a fact once at most. */
  private static final UniqueEventKeys NOTES_STARTING_WITH_KEY = new UniqueEventKeys() {
    @Override
    public String keyOf(DomainEventMessage<?> event) {
      return event.getPayload() instanceof String note && note.startsWith("key:") ? note : null;
    }

    @Override
    public String scheme() {
      return "notes-1";
    }
  };

  private static EventMessage<?> event(String aggregate, long sequence, String note) {
    return new GenericDomainEventMessage<>("Department", aggregate, sequence, note);
  }
}
