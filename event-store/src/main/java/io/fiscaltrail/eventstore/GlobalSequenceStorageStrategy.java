package io.fiscaltrail.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static io.fiscaltrail.eventstore.EventDocuments.ID;
import static io.fiscaltrail.eventstore.EventDocuments.STREAM_KEY;
import static io.fiscaltrail.eventstore.EventDocuments.UNIQUE_KEY;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.axonframework.common.Assert;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.StorageStrategy;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;

/**
 * Stores one document per event under a global sequence number and answers every read with exact
 * key lookups ({@code _id}, {@code streamKey}), never a scan, so that loading an aggregate or
 * polling for new events costs the same with 100 or 1,000,000 events stored, on the embedded
 * server (which uses an index only for exact keys of a unique index) as on MongoDB. A processor
 * behind reads a range of {@code _id}s, which both walk in {@code _id} order ({@link TrackedEventReader}).
 *
 * <p>Tracking uses Axon's {@link GapAwareTrackingToken}: a number allocated by a writer that has
 * not inserted yet does not hold back the events after it, and is handed on once when it arrives
 * (see {@link TrackedEventReader}). Snapshots are one document per aggregate, replaced on store.
 */
public class GlobalSequenceStorageStrategy implements StorageStrategy {

  // What MongoDB (and the embedded server, which announces the same) takes in one insert command:
  // a message of at most 48,000,000 bytes (less the command and its framing) and 100,000 documents.
  static final long MAX_BYTES_PER_INSERT = 47_000_000;
  static final int MAX_EVENTS_PER_INSERT = 100_000;
  private static final DocumentCodec DOCUMENT_CODEC = new DocumentCodec();
  // numbers a head probe asks for at once: more than a block holds
  private static final int HEAD_PROBE = 512;

  /** Streams whose last hash a writer keeps: a few hundred bytes each, far more streams than a day's writing touches. */
  private static final int STREAM_HEADS_REMEMBERED = 10_000;
  /**
   * Numbers whose events a writer keeps for its own process's tracking reads: a few MB of
   * documents; the live projections read at least every 500 ms (Axon's coordinator when idle),
   * and the benchmark's gateway writes about 1,000 events a second. Half an import of 2,000
   * vouchers: the rest of it is read from the store.
   */
  private static final int RECENT_APPENDS_KEPT = 1_000;

  private final GlobalSequenceAllocator allocator;
  private final StreamReader streamReader;
  private final TrackedEventReader trackedEventReader;
  private final Clock clock;
  private final UniqueEventKeys uniqueKeys;
  private final StreamHeads streamHeads = new StreamHeads(STREAM_HEADS_REMEMBERED);
  private final RecentAppends recentAppends = new RecentAppends(RECENT_APPENDS_KEPT);

  /**
   * @param gapTimeout how long tracking waits for an allocated number whose event is missing,
   *     counted from the recording of an event numbered after it, and how long stream reads leave
   *     out a commit whose later events are missing
   * @param clock dates recordings and measures the gap timeout
   * @param uniqueKeys the facts the events state once at most
   */
  public GlobalSequenceStorageStrategy(
      GlobalSequenceAllocator allocator, Duration gapTimeout, Clock clock, UniqueEventKeys uniqueKeys) {
    this.allocator = allocator;
    this.streamReader = new StreamReader(gapTimeout, clock);
    this.trackedEventReader = new TrackedEventReader(allocator, recentAppends, gapTimeout, clock);
    this.clock = clock;
    this.uniqueKeys = uniqueKeys;
  }

  /** A store whose events have no unique keys. */
  public GlobalSequenceStorageStrategy(GlobalSequenceAllocator allocator, Duration gapTimeout, Clock clock) {
    this(allocator, gapTimeout, clock, UniqueEventKeys.NONE);
  }

  /**
   * Numbers the batch in one allocation and inserts it in order, in one insert command. A writer
   * that lost a race to another meets the conflict at the first event of its commit, before
   * anything of it is written, because readers never load a stream from a commit that is still
   * being inserted ({@link StreamReader}). Each event is hash-chained to its stream's previous one
   * ({@link HashChain}). A batch larger than one insert command is refused ({@link AppendTooLarge})
   * before it is numbered: the driver would split it, and a failure between the parts would leave
   * the first ones stored.
   *
   * <p>An event whose unique key is taken refuses the batch ({@link FactAlreadyStated}). A single
   * event is refused by the unique index itself, which spares the writer a read. A longer batch is
   * looked up first, in one exact-key read, since the insert would stop at the taken key and leave
   * the events before it stored.
   */
  @Override
  public void appendEvents(MongoCollection<Document> eventCollection, List<? extends EventMessage<?>> events,
      Serializer serializer) {
    List<DomainEventMessage<?>> domainEvents = events.stream()
        .<DomainEventMessage<?>>map(EventUtils::asDomainEventMessage)
        .toList();
    Map<String, Commit> commits = Commit.perStream(domainEvents);
    Instant recordedAt = clock.instant();
    List<Document> documents = new ArrayList<>(domainEvents.size());
    for (DomainEventMessage<?> event : domainEvents) {
      // numbered below; an Int64 of the same width holds the place
      documents.add(EventDocuments.event(documents.size(), recordedAt, event,
          commits.get(event.getAggregateIdentifier()), uniqueKeys.keyOf(event), serializer));
    }
    long highestPredecessor = HashChain.link(eventCollection, documents, streamHeads);
    refuseIfSplit(documents);
    if (documents.size() > 1) {
      refuseIfStated(eventCollection, domainEvents, documents);
    }
    long first = allocator.allocate(domainEvents.size(), highestPredecessor);
    for (int i = 0; i < documents.size(); i++) {
      documents.get(i).put(ID, first + i);
    }
    long last = first + documents.size() - 1;
    recentAppends.inserting(first, last);
    try {
      eventCollection.insertMany(documents);
    } catch (RuntimeException failure) {
      recentAppends.failed(first, last);
      if (failure instanceof MongoBulkWriteException bulk
          && bulk.getWriteErrors().stream().anyMatch(error -> error.getCategory() == ErrorCategory.DUPLICATE_KEY)) {
        refuseIfStated(eventCollection, domainEvents, documents);
      }
      throw failure;
    }
    streamHeads.stored(documents);
    recentAppends.stored(documents);
  }

  /** Throws {@link FactAlreadyStated} if other stored events hold unique keys of these documents. */
  private static void refuseIfStated(MongoCollection<Document> eventCollection, List<DomainEventMessage<?>> events,
      List<Document> documents) {
    List<String> keys = new ArrayList<>();
    for (Document document : documents) {
      if (document.get(UNIQUE_KEY) instanceof String key) {
        keys.add(key);
      }
    }
    if (keys.isEmpty()) {
      return;
    }
    Map<Object, Document> stored = ExactKeyLookup.find(eventCollection, UNIQUE_KEY, keys);
    List<DomainEventMessage<?>> stating = new ArrayList<>();
    List<String> taken = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Document holder = stored.get(documents.get(i).get(UNIQUE_KEY));
      if (holder != null && !events.get(i).getIdentifier().equals(holder.get(EventDocuments.EVENT_IDENTIFIER))) {
        stating.add(events.get(i));
        taken.add(documents.get(i).getString(UNIQUE_KEY));
      }
    }
    if (!taken.isEmpty()) {
      throw new FactAlreadyStated(stating, taken);
    }
  }

  /** What the application's keys make of a refused append. */
  RuntimeException refusal(FactAlreadyStated stated) {
    return uniqueKeys.refusal(stated);
  }

  private static void refuseIfSplit(List<Document> documents) {
    if (documents.size() == 1) {
      return;
    }
    long bytes = 0;
    for (Document document : documents) {
      bytes += new RawBsonDocument(document, DOCUMENT_CODEC).getByteBuffer().remaining();
    }
    if (documents.size() > MAX_EVENTS_PER_INSERT || bytes > MAX_BYTES_PER_INSERT) {
      throw new AppendTooLarge(documents.size(), bytes, MAX_BYTES_PER_INSERT, MAX_EVENTS_PER_INSERT);
    }
  }

  @Override
  public void appendSnapshot(MongoCollection<Document> snapshotCollection, DomainEventMessage<?> snapshot,
      Serializer serializer) {
    snapshotCollection.replaceOne(
        eq(ID, snapshot.getAggregateIdentifier()),
        EventDocuments.snapshot(snapshot, serializer),
        new ReplaceOptions().upsert(true));
  }

  /** Nothing to delete: storing a snapshot replaced the aggregate's previous one. */
  @Override
  public void deleteSnapshots(MongoCollection<Document> snapshotCollection, String aggregateIdentifier,
      long sequenceNumber) {}

  @Override
  public List<? extends DomainEventData<?>> findDomainEvents(MongoCollection<Document> eventCollection,
      String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
    return streamReader.read(eventCollection, aggregateIdentifier, firstSequenceNumber, batchSize);
  }

  @Override
  public List<? extends TrackedEventData<?>> findTrackedEvents(MongoCollection<Document> eventCollection,
      TrackingToken lastToken, int batchSize) {
    Assert.isTrue(lastToken == null || lastToken instanceof GapAwareTrackingToken,
        () -> "Token " + lastToken + " is not a GapAwareTrackingToken; this store numbers events globally");
    GapAwareTrackingToken after = lastToken == null ? tailToken() : (GapAwareTrackingToken) lastToken;
    return trackedEventReader.read(eventCollection, after, batchSize);
  }

  @Override
  public Stream<? extends DomainEventData<?>> findSnapshots(MongoCollection<Document> snapshotCollection,
      String aggregateIdentifier) {
    return Stream.ofNullable(snapshotCollection.find(eq(ID, aggregateIdentifier)).first()).map(EventDocuments::read);
  }

  /**
   * The unique stream key guards concurrency and serves every stream lookup; {@code _id} serves
   * tracking and snapshots; the sparse unique key holds a fact to one event and finds it
   * ({@link UniqueEventKeys}). Axon's unique (aggregateIdentifier, sequenceNumber) index is left
   * out: it guards the same thing as the stream key, no read here uses it, and it doubled insert
   * time on the embedded server.
   */
  @Override
  public void ensureIndexes(MongoCollection<Document> eventsCollection, MongoCollection<Document> snapshotsCollection) {
    eventsCollection.createIndex(Indexes.ascending(STREAM_KEY), new IndexOptions().unique(true).name("uniqueStreamKey"));
    eventsCollection.createIndex(Indexes.ascending(UNIQUE_KEY), new IndexOptions().unique(true).sparse(true).name(UNIQUE_KEY));
  }

  /** The stored event documents that carry these unique keys, by key: one exact-key read. */
  Map<Object, Document> findByUniqueKeys(MongoCollection<Document> eventsCollection, List<String> keys) {
    return ExactKeyLookup.find(eventsCollection, UNIQUE_KEY, keys);
  }

  /** The key the events' rules give this event, null when it has none. */
  String uniqueKeyOf(DomainEventMessage<?> event) {
    return uniqueKeys.keyOf(event);
  }

  String uniqueKeyScheme() {
    return uniqueKeys.scheme();
  }

  @Override
  public Optional<Long> lastSequenceNumberFor(MongoCollection<Document> eventsCollection, String aggregateIdentifier) {
    return streamReader.lastSequenceNumber(eventsCollection, aggregateIdentifier);
  }

  /** Before number 1, the first one ever allocated. */
  @Override
  public GapAwareTrackingToken createTailToken(MongoCollection<Document> eventsCollection) {
    return tailToken();
  }

  /**
   * After the highest-numbered event stored. Not the counter: a writer's block of numbers
   * ({@link GlobalSequenceAllocator}) takes numbers that may never hold an event, and a token
   * there would wait for events that never come.
   */
  public GapAwareTrackingToken createHeadToken(MongoCollection<Document> eventsCollection) {
    return GapAwareTrackingToken.newInstance(highestStored(eventsCollection), Collections.emptySet());
  }

  /**
   * Probes back from the counter, a few hundred numbers a read, each read one {@code _id} range
   * that answers the numbers alone. Asked for by exact {@code _id}, the embedded server matched each
   * event found against every number asked for.
   */
  private long highestStored(MongoCollection<Document> eventsCollection) {
    long top = allocator.highestAllocated();
    while (top > 0) {
      long bottom = Math.max(1, top - HEAD_PROBE + 1);
      OptionalLong highest = eventsCollection.find(new Document(ID, new Document("$gte", bottom).append("$lte", top)))
          .projection(Projections.include(ID))
          .into(new ArrayList<>())
          .stream()
          .mapToLong(EventDocuments::globalSequence)
          .max();
      if (highest.isPresent()) {
        return highest.getAsLong();
      }
      top = bottom - 1;
    }
    return 0;
  }

  /** Before the first event whose timestamp is at or after {@code moment}. */
  public GapAwareTrackingToken createTokenAt(MongoCollection<Document> eventsCollection, Instant moment) {
    return TokenAtTime.find(eventsCollection, allocator.highestAllocated(), moment);
  }

  private static GapAwareTrackingToken tailToken() {
    return GapAwareTrackingToken.newInstance(0, Collections.emptySet());
  }
}
