package io.fiscaltrail.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static io.fiscaltrail.eventstore.ContractEvents.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import io.fiscaltrail.eventstore.ContractEvents.BalanceSnapshot;
import io.fiscaltrail.eventstore.ContractEvents.EntryRecorded;
import java.time.Duration;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the event store promises, on whichever MongoDB a subclass connects to: the embedded server,
 * a real MongoDB, or the durable embedded server of the deploy module. Each test gets a database of
 * its own and drops it afterwards.
 */
public abstract class EventStoreContractTest {

  private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);
  private static final String AGGREGATE_TYPE = "BudgetYear";

  private final TestClock clock = new TestClock();
  private final Serializer serializer = JacksonSerializer.builder()
      .objectMapper(new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
      .build();
  private MongoDatabase database;
  private MongoTemplate template;
  private GlobalSequenceEventStorageEngine engine;
  private EmbeddedEventStore eventStore;

  /** The server under test; the suite makes and drops its own databases on it. */
  protected abstract MongoClient mongoClient();

  @BeforeEach
  void openStore() {
    database = mongoClient().getDatabase("contract-" + UUID.randomUUID().toString().substring(0, 8));
    template = DefaultMongoTemplate.builder().mongoDatabase(database).build();
    engine = engine(new GlobalSequenceAllocator(counters()));
    eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
  }

  @AfterEach
  void dropStore() {
    eventStore.shutDown();
    database.drop();
  }

  @Test
  void anAppendedStreamReadsBackInOrderAndItsPayloadIsReadableInMongo() {
    publish(event("budget-2026", 0, entry("e-1", "1492000.00")),
        event("budget-2026", 1, entry("e-2", "-92000.50")),
        event("budget-2026", 2, entry("e-3", "0.01")));

    List<DomainEventMessage<?>> stream = load("budget-2026");

    assertThat(stream).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
    assertThat(stream).extracting(message -> ((EntryRecorded) message.getPayload()).amount())
        .containsExactly("1492000.00", "-92000.50", "0.01");
    assertThat(stream.get(0).getMetaData()).containsEntry("actor", "auditor-7");
    Document stored = events().find(eq(EventDocuments.STREAM_KEY, "budget-2026#1")).first();
    assertThat(stored.get(EventDocuments.PAYLOAD, Document.class))
        .containsEntry("amount", "-92000.50")
        .containsEntry("effectiveDate", "2026-03-01")
        .containsEntry("lines", 2);
    assertThat(stored.get(EventDocuments.META_DATA, Document.class)).containsEntry("actor", "auditor-7");
    assertThat(stored.get(EventDocuments.ID)).isEqualTo(2L);
  }

  @Test
  void storedPayloadAndMetaDataGiveBackTheSerializedJsonExactly() {
    EventMessage<?> event = event("budget-2026", 0, entry("e-1", "1492000.00"));
    publish(event);

    DomainEventData<?> stored = storageStrategy(counters()).findDomainEvents(events(), "budget-2026", 0, 10).get(0);

    // read back as the tree the serializer parses, which writes out as the text it was given
    assertThat(stored.getPayload().getContentType()).isEqualTo(JsonNode.class);
    assertThat(asText(stored.getPayload())).isEqualTo(event.serializePayload(serializer, String.class).getData());
    assertThat(asText(stored.getMetaData())).isEqualTo(event.serializeMetaData(serializer, String.class).getData());
  }

  private String asText(SerializedObject<?> stored) {
    return serializer.getConverter().convert(stored, String.class).getData();
  }

  @Test
  void anAmountEditedInMongoIsWhatTheStoreReadsBack() {
    publish(event("budget-2026", 0, entry("e-1", "1492000.00")));

    events().updateOne(eq(EventDocuments.STREAM_KEY, "budget-2026#0"), Updates.set("payload.amount", "9492000.00"));

    EntryRecorded read = (EntryRecorded) eventStore.readEvents("budget-2026").next().getPayload();
    assertThat(read.amount()).isEqualTo("9492000.00");
  }

  @Test
  void appendingAtATakenSequenceNumberIsAConcurrencyConflictThatWritesNothing() {
    publish(event("budget-2026", 0, entry("e-1", "1.00")), event("budget-2026", 1, entry("e-2", "2.00")));

    assertThatThrownBy(() -> publish(
            event("budget-2026", 1, entry("rival-2", "20.00")), event("budget-2026", 2, entry("rival-3", "30.00"))))
        .isInstanceOf(ConcurrencyException.class);
    assertThatThrownBy(() -> publish(event("budget-2026", 0, entry("rival-1", "10.00"))))
        .isInstanceOf(AggregateStreamCreationException.class);

    assertThat(eventStore.readEvents("budget-2026").asStream())
        .extracting(message -> ((EntryRecorded) message.getPayload()).entryId())
        .containsExactly("e-1", "e-2");
    assertThat(events().countDocuments()).isEqualTo(2);
  }

  @Test
  void aFactStatedOnceIsFoundByItsKeyAndASecondEventStatingItIsRefused() {
    publish(event("budget-2026", 0, entry("voucher-1", "1.00")), event("budget-2026", 1, entry("e-2", "2.00")));

    Map<String, DomainEventMessage<?>> found = engine.eventsWithUniqueKeys(List.of("entry#voucher-1", "entry#voucher-2"));

    assertThat(found).containsOnlyKeys("entry#voucher-1");
    assertThat(found.get("entry#voucher-1").getSequenceNumber()).isZero();
    assertThat(((EntryRecorded) found.get("entry#voucher-1").getPayload()).amount()).isEqualTo("1.00");
    assertThat(events().find(eq(EventDocuments.STREAM_KEY, "budget-2026#1")).first()).doesNotContainKey(EventDocuments.UNIQUE_KEY);
    assertThatThrownBy(() -> publish(event("budget-2026", 2, entry("voucher-1", "10.00"))))
        .isInstanceOfSatisfying(FactAlreadyStated.class, refused -> {
          assertThat(refused.keys()).containsExactly("entry#voucher-1");
          assertThat(((EntryRecorded) refused.events().get(0).getPayload()).amount()).isEqualTo("10.00");
        });
    assertThat(events().countDocuments()).isEqualTo(2);
  }

  /** The insert would stop at the taken key with the events before it stored; the append is refused before it starts. */
  @Test
  void anAppendWithAFactStatedAlreadyAfterItsFirstEventWritesNothing() {
    publish(event("budget-2026", 0, entry("voucher-1", "1.00")));

    assertThatThrownBy(() -> publish(event("budget-2026", 1, entry("e-2", "2.00")),
            event("budget-2026", 2, entry("voucher-2", "3.00")), event("budget-2026", 3, entry("voucher-1", "4.00"))))
        .isInstanceOfSatisfying(FactAlreadyStated.class, refused -> assertThat(refused.keys()).containsExactly("entry#voucher-1"));

    assertThat(events().countDocuments()).isEqualTo(1);
    assertThat(engine.eventsWithUniqueKeys(List.of("entry#voucher-2"))).isEmpty();
    publish(event("budget-2026", 1, entry("voucher-2", "3.00")));
    assertThat(eventStore.readEvents("budget-2026").asStream()).hasSize(2);
  }

  @Test
  void eventsStoredBeforeTheKeysRulesAreGivenTheirKeysOnceTheEarliestKeepingAFactStatedTwice() {
    GlobalSequenceEventStorageEngine keyless = new GlobalSequenceEventStorageEngine(
        MongoEventStorageEngine.builder().eventSerializer(serializer).snapshotSerializer(serializer),
        template,
        new GlobalSequenceStorageStrategy(new GlobalSequenceAllocator(counters()), GAP_TIMEOUT, clock));
    keyless.appendEvents(List.of(event("budget-2026", 0, entry("voucher-1", "1.00")),
        event("budget-2026", 1, entry("e-2", "2.00")), event("budget-2026", 2, entry("voucher-1", "3.00")),
        event("budget-2027", 0, entry("voucher-2", "4.00"))));
    UniqueKeyBackfill backfill = new UniqueKeyBackfill(engine, storageStrategy(counters()), events(),
        database.getCollection(UniqueKeyBackfill.COLLECTION));

    assertThat(backfill.run()).isEqualTo(2);

    Map<String, DomainEventMessage<?>> found = engine.eventsWithUniqueKeys(List.of("entry#voucher-1", "entry#voucher-2"));
    assertThat(found.get("entry#voucher-1").getSequenceNumber()).isZero();
    assertThat(found.get("entry#voucher-2").getAggregateIdentifier()).isEqualTo("budget-2027");
    assertThat(backfill.run()).as("done once for these rules").isZero();
  }

  @Test
  void anAppendLargerThanOneInsertCommandIsRefusedBeforeAnythingIsNumberedOrWritten() {
    publish(event("budget-2026", 0, entry("e-0", "1.00")));
    long highestBefore = new GlobalSequenceAllocator(counters()).highestAllocated();
    // 48 events of a little over a megabyte each: more than the 48,000,000 bytes of one command
    List<DomainEventMessage<EntryRecorded>> large = LongStream.rangeClosed(1, 48)
        .mapToObj(n -> event("budget-2026", n, new EntryRecorded("e-" + n, "1.00",
            LocalDate.of(2026, 3, 1), 1, 100L, BigDecimal.ONE, BigInteger.ONE, 0.5, false, "备注".repeat(200_000), List.of())))
        .toList();

    assertThatThrownBy(() -> publish(large)).hasRootCauseInstanceOf(AppendTooLarge.class)
        .rootCause().hasMessageContaining("48 events take").hasMessageContaining("at most 47000000 bytes");

    assertThat(events().countDocuments()).isEqualTo(1);
    assertThat(new GlobalSequenceAllocator(counters()).highestAllocated()).isEqualTo(highestBefore);
    publish(event("budget-2026", 1, entry("e-1", "1.00")));
    assertThat(load("budget-2026")).hasSize(2);
  }

  @Test
  void aCommitCaughtHalfInsertedIsLeftOutOfTheStreamUntilItsWriterIsTakenToHaveFailed() {
    publish(event("budget-2026", 0, entry("e-0", "1.00")));
    publish(event("budget-2026", 1, entry("e-1", "1.00")),
        event("budget-2026", 2, entry("e-2", "1.00")),
        event("budget-2026", 3, entry("e-3", "1.00")));
    events().deleteMany(in(EventDocuments.STREAM_KEY, "budget-2026#2", "budget-2026#3"));

    assertThat(load("budget-2026")).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L);
    assertThat(eventStore.lastSequenceNumberFor("budget-2026")).contains(0L);
    assertThatThrownBy(() -> publish(event("budget-2026", 1, entry("rival-1", "1.00"))))
        .isInstanceOf(ConcurrencyException.class);

    clock.advance(GAP_TIMEOUT.plusSeconds(1));

    assertThat(load("budget-2026")).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L);
    assertThat(eventStore.lastSequenceNumberFor("budget-2026")).contains(1L);
  }

  @Test
  void theLastSequenceNumberIsFoundForStreamsOfAnyLength() {
    for (int length : new int[] {1, 2, 3, 64, 65, 300}) {
      String aggregate = "stream-of-" + length;
      publish(IntStream.range(0, length).mapToObj(i -> event(aggregate, i, entry("e-" + i, "1.00"))).toList());
    }

    assertThat(eventStore.lastSequenceNumberFor("unknown")).isEmpty();
    for (int length : new int[] {1, 2, 3, 64, 65, 300}) {
      assertThat(eventStore.lastSequenceNumberFor("stream-of-" + length)).contains(length - 1L);
    }
  }

  @Test
  void trackedEventsComeInGlobalOrderWithGapAwareTokens() {
    publish(event("a", 0, entry("a-0", "1.00")), event("b", 0, entry("b-0", "1.00")));
    publish(event("a", 1, entry("a-1", "1.00")));
    publish(event("c", 0, entry("c-0", "1.00")), event("b", 1, entry("b-1", "1.00")));

    List<TrackedEventMessage<?>> tracked = track(null);

    assertThat(tracked).extracting(message -> ((EntryRecorded) message.getPayload()).entryId())
        .containsExactly("a-0", "b-0", "a-1", "c-0", "b-1");
    assertThat(tracked).extracting(message -> ((GapAwareTrackingToken) message.trackingToken()).getIndex())
        .containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(track(tracked.get(2).trackingToken())).hasSize(2);
  }

  @Test
  void eventsTrackedFromThisProcesssOwnAppendsAreTheOnesAnotherProcessReadsFromTheStore() {
    publish(event("budget-2026", 0, entry("e-1", "1492000.00")), event("budget-2026", 1, entry("e-2", "-92000.50")));
    publish(event("budget-2027", 0, entry("voucher-3", "0.01")));
    GlobalSequenceEventStorageEngine anotherProcess = engine(new GlobalSequenceAllocator(counters()));

    List<List<Object>> own = track(null).stream().map(EventStoreContractTest::everythingOf).toList();
    List<List<Object>> fromTheStore = anotherProcess.readEvents(null, false).map(EventStoreContractTest::everythingOf).toList();

    assertThat(own).hasSize(3).isEqualTo(fromTheStore);
  }

  private static List<Object> everythingOf(TrackedEventMessage<?> message) {
    DomainEventMessage<?> event = (DomainEventMessage<?>) message;
    return List.of(message.trackingToken(), event.getIdentifier(), event.getType(), event.getAggregateIdentifier(),
        event.getSequenceNumber(), event.getTimestamp(), event.getPayload(), event.getMetaData());
  }

  @Test
  void headAndTimeTokensAreGlobalSequenceTokens() {
    publish(event("a", 0, entry("a-0", "1.00")));
    clock.advance(Duration.ofMinutes(1));
    publish(event("a", 1, entry("a-1", "1.00")));
    clock.advance(Duration.ofMinutes(1));
    publish(event("a", 2, entry("a-2", "1.00")));

    assertThat(engine.createTailToken()).isEqualTo(GapAwareTrackingToken.newInstance(0, Set.of()));
    assertThat(engine.createHeadToken()).isEqualTo(GapAwareTrackingToken.newInstance(3, Set.of()));
    TrackingToken atSecondEvent = engine.createTokenAt(clock.instant().minus(Duration.ofMinutes(1)));
    assertThat(track(atSecondEvent)).extracting(message -> ((EntryRecorded) message.getPayload()).entryId())
        .containsExactly("a-1", "a-2");
  }

  @Test
  void aSnapshotReplacesTheAggregatesPreviousOneAndStartsItsLoad() {
    publish(IntStream.range(0, 5).mapToObj(i -> event("budget-2026", i, entry("e-" + i, "1.00"))).toList());

    engine.storeSnapshot(new GenericDomainEventMessage<>(AGGREGATE_TYPE, "budget-2026", 2, new BalanceSnapshot("3.00", 3)));
    engine.storeSnapshot(new GenericDomainEventMessage<>(AGGREGATE_TYPE, "budget-2026", 3, new BalanceSnapshot("4.00", 4)));

    assertThat(template.snapshotCollection().countDocuments()).isEqualTo(1);
    Document snapshot = template.snapshotCollection().find(eq(EventDocuments.ID, "budget-2026")).first();
    assertThat(snapshot.get(EventDocuments.PAYLOAD, Document.class)).containsEntry("balance", "4.00");
    List<DomainEventMessage<?>> load = load("budget-2026");
    assertThat(load).extracting(DomainEventMessage::getSequenceNumber).containsExactly(3L, 4L);
    assertThat(load.get(0).getPayload()).isEqualTo(new BalanceSnapshot("4.00", 4));
  }

  @Test
  void theGapOfAWriterThatDiedIsDroppedAfterTheTimeoutWithoutHoldingBackLaterEvents() {
    new GlobalSequenceAllocator(counters()).allocate(1);
    publish(event("a", 0, entry("a-0", "1.00")));

    List<TrackedEventMessage<?>> first = track(null);
    assertThat(first).hasSize(1);
    assertThat(gaps(first.get(0))).containsExactly(1L);
    assertThat(track(first.get(0).trackingToken())).isEmpty();

    clock.advance(GAP_TIMEOUT.plusSeconds(1));
    publish(event("b", 0, entry("b-0", "1.00")));

    List<TrackedEventMessage<?>> second = track(first.get(0).trackingToken());
    assertThat(second).hasSize(1);
    assertThat(second.get(0).trackingToken()).isEqualTo(GapAwareTrackingToken.newInstance(3, Set.of()));
  }

  @Test
  void anEventInsertedLateWithinTheTimeoutIsDeliveredExactlyOnce() throws Exception {
    PausingAllocator slowWriterAllocator = new PausingAllocator(counters());
    GlobalSequenceEventStorageEngine slowWriter = engine(slowWriterAllocator);
    ExecutorService slowThread = Executors.newSingleThreadExecutor();
    Future<?> slowAppend = slowThread.submit(() -> slowWriter.appendEvents(event("a", 0, entry("late", "1.00"))));
    slowWriterAllocator.allocated.await();
    publish(event("b", 0, entry("prompt", "1.00")));

    List<TrackedEventMessage<?>> beforeLateInsert = track(null);
    slowWriterAllocator.release.countDown();
    slowAppend.get(10, TimeUnit.SECONDS);
    slowThread.shutdown();
    clock.advance(GAP_TIMEOUT.dividedBy(2));
    List<TrackedEventMessage<?>> afterLateInsert = track(beforeLateInsert.get(0).trackingToken());

    assertThat(beforeLateInsert).extracting(message -> ((EntryRecorded) message.getPayload()).entryId())
        .containsExactly("prompt");
    assertThat(gaps(beforeLateInsert.get(0))).containsExactly(1L);
    assertThat(afterLateInsert).extracting(message -> ((EntryRecorded) message.getPayload()).entryId())
        .containsExactly("late");
    assertThat(gaps(afterLateInsert.get(0))).isEmpty();
    assertThat(track(afterLateInsert.get(0).trackingToken())).isEmpty();
    assertThat(track(null)).extracting(message -> ((EntryRecorded) message.getPayload()).entryId())
        .containsExactly("late", "prompt");
  }

  @Test
  void concurrentWritersAndATrackingReaderSeeEveryEventOnceAndEachStreamInOrder() throws Exception {
    writeConcurrentlyAndReadAlong(writer -> eventStore);
  }

  /**
   * Writers in four processes, each with its own blocks of numbers: a stream that another process
   * wrote after a block was taken gets numbers above that process's, so every stream keeps its order.
   */
  @Test
  void writersHoldingBlocksOfNumbersKeepEveryStreamInOrderForATrackingReader() throws Exception {
    List<EmbeddedEventStore> processes = new ArrayList<>();
    for (int writer = 0; writer < 4; writer++) {
      processes.add(EmbeddedEventStore.builder()
          .storageEngine(engine(new GlobalSequenceAllocator(counters(), 10, Duration.ofSeconds(1))))
          .build());
    }
    try {
      writeConcurrentlyAndReadAlong(processes::get);
    } finally {
      processes.forEach(EmbeddedEventStore::shutDown);
    }
  }

  @Test
  void theHeadIsTheHighestNumberStoredNotTheCounterAWritersBlockAdvanced() {
    GlobalSequenceEventStorageEngine writer = engine(new GlobalSequenceAllocator(counters(), 100, Duration.ofSeconds(1)));
    writer.appendEvents(List.of(event("budget-2026", 0, entry("e-1", "1.00")), event("budget-2026", 1, entry("e-2", "2.00"))));
    writer.appendEvents(List.of(event("budget-2026", 2, entry("e-3", "3.00"))));

    assertThat(new GlobalSequenceAllocator(counters()).highestAllocated()).isEqualTo(100);
    assertThat(engine.createHeadToken()).isEqualTo(GapAwareTrackingToken.newInstance(3, Set.of()));
  }

  private void writeConcurrentlyAndReadAlong(IntFunction<EmbeddedEventStore> storeOfWriter) throws Exception {
    int writers = 4;
    int appendsPerWriter = 20;
    AtomicInteger appended = new AtomicInteger();
    CountDownLatch writersDone = new CountDownLatch(writers);
    List<DomainEventMessage<?>> delivered = new CopyOnWriteArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(writers + 1);
    Future<?> reader = threads.submit(() -> readUntilQuiet(writersDone, appended, delivered));
    List<Future<?>> writing = new ArrayList<>();
    for (int writer = 0; writer < writers; writer++) {
      String own = "own-" + writer;
      EmbeddedEventStore store = storeOfWriter.apply(writer);
      writing.add(threads.submit(() -> {
        for (int append = 0; append < appendsPerWriter; append++) {
          String aggregate = append % 2 == 0 ? own : "shared-" + append % 3;
          appended.addAndGet(appendWithRetry(store, aggregate, 1 + append % 3));
        }
        writersDone.countDown();
      }));
    }
    for (Future<?> writer : writing) {
      writer.get(60, TimeUnit.SECONDS);
    }
    reader.get(60, TimeUnit.SECONDS);
    threads.shutdown();

    Map<String, List<Long>> stored = new ConcurrentHashMap<>();
    Set<String> storedIdentifiers = new HashSet<>();
    for (String aggregate : aggregatesOf(delivered)) {
      List<DomainEventMessage<?>> stream = load(aggregate);
      stored.put(aggregate, stream.stream().map(DomainEventMessage::getSequenceNumber).toList());
      stream.forEach(message -> storedIdentifiers.add(message.getIdentifier()));
    }
    assertThat(events().countDocuments()).isEqualTo(appended.get());
    assertThat(storedIdentifiers).hasSize(appended.get());
    stored.values().forEach(sequence ->
        assertThat(sequence).isEqualTo(LongStream.range(0, sequence.size()).boxed().toList()));
    assertThat(delivered).extracting(EventMessage::getIdentifier)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(storedIdentifiers);
    Map<String, List<Long>> deliveredPerStream = delivered.stream().collect(Collectors.groupingBy(
        DomainEventMessage::getAggregateIdentifier,
        Collectors.mapping(DomainEventMessage::getSequenceNumber, Collectors.toList())));
    assertThat(deliveredPerStream).isEqualTo(stored);
    // the writers that lost a race chained to the same predecessor as the winner and stored nothing
    assertThat(new StoreAudit(events()).verify().broken())
        .isEmpty();
  }

  /** Appends after the stream's last event as a command would, again after losing a race. */
  private int appendWithRetry(EmbeddedEventStore store, String aggregate, int count) {
    while (true) {
      long next = store.lastSequenceNumberFor(aggregate).map(last -> last + 1).orElse(0L);
      try {
        store.publish(LongStream.range(next, next + count)
            .mapToObj(sequence -> event(aggregate, sequence, entry(aggregate + "-" + sequence, "1.00")))
            .toList());
        return count;
      } catch (ConcurrencyException | AggregateStreamCreationException lostTheRace) {
        // another writer appended first: read the stream's end again
      }
    }
  }

  private void readUntilQuiet(CountDownLatch writersDone, AtomicInteger appended, List<DomainEventMessage<?>> delivered) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
    try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
      while (System.nanoTime() < deadline && (writersDone.getCount() > 0 || delivered.size() < appended.get())) {
        if (stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)) {
          delivered.add((DomainEventMessage<?>) stream.nextAvailable());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<DomainEventMessage<?>> load(String aggregate) {
    return eventStore.readEvents(aggregate).asStream().<DomainEventMessage<?>>map(message -> message).toList();
  }

  private static Set<String> aggregatesOf(List<DomainEventMessage<?>> messages) {
    return messages.stream().map(DomainEventMessage::getAggregateIdentifier).collect(Collectors.toSet());
  }

  private GlobalSequenceEventStorageEngine engine(GlobalSequenceAllocator allocator) {
    return new GlobalSequenceEventStorageEngine(
        MongoEventStorageEngine.builder().eventSerializer(serializer).snapshotSerializer(serializer),
        template,
        new GlobalSequenceStorageStrategy(allocator, GAP_TIMEOUT, clock, VOUCHER_ENTRIES));
  }

  private GlobalSequenceStorageStrategy storageStrategy(MongoCollection<Document> counters) {
    return new GlobalSequenceStorageStrategy(new GlobalSequenceAllocator(counters), GAP_TIMEOUT, clock, VOUCHER_ENTRIES);
  }

  /** An entry whose id starts with "voucher-" is recorded once at most. */
  private static final UniqueEventKeys VOUCHER_ENTRIES = new UniqueEventKeys() {
    @Override
    public String keyOf(DomainEventMessage<?> event) {
      return event.getPayload() instanceof EntryRecorded entry && entry.entryId().startsWith("voucher-")
          ? "entry#" + entry.entryId() : null;
    }

    @Override
    public String scheme() {
      return "voucher-entries-1";
    }
  };

  private DomainEventMessage<EntryRecorded> event(String aggregate, long sequence, EntryRecorded payload) {
    return new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregate, sequence, payload,
        MetaData.with("actor", "auditor-7"), UUID.randomUUID().toString(), clock.instant());
  }

  private void publish(EventMessage<?>... events) {
    publish(List.of(events));
  }

  private void publish(List<? extends EventMessage<?>> events) {
    eventStore.publish(events);
  }

  private List<TrackedEventMessage<?>> track(TrackingToken after) {
    return engine.readEvents(after, false).collect(Collectors.toList());
  }

  private static Set<Long> gaps(TrackedEventMessage<?> message) {
    return ((GapAwareTrackingToken) message.trackingToken()).getGaps();
  }

  private MongoCollection<Document> events() {
    return template.eventCollection();
  }

  private MongoCollection<Document> counters() {
    return database.getCollection(GlobalSequenceAllocator.DEFAULT_COLLECTION);
  }

  /** A writer that numbers its events and then stalls, as a slow process would, until released. */
  private static final class PausingAllocator extends GlobalSequenceAllocator {

    final CountDownLatch allocated = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    PausingAllocator(MongoCollection<Document> counters) {
      super(counters);
    }

    @Override
    public long allocate(int count, long floor) {
      long first = super.allocate(count, floor);
      allocated.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return first;
    }
  }
}
