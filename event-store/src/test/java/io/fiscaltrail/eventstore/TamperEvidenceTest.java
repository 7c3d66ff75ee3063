package io.fiscaltrail.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static io.fiscaltrail.eventstore.ContractEvents.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Events stored through Axon are hash-chained per stream; edits, deletions and moves made directly
 * in MongoDB are named by verification, and a deleted last event by the digest.
 */
class TamperEvidenceTest {

  private static MongoServer server;
  private static MongoClient client;

  private final Serializer serializer = JacksonSerializer.builder()
      .objectMapper(new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
      .build();
  private final TestClock clock = new TestClock();
  private MongoDatabase database;
  private MongoTemplate template;
  private EmbeddedEventStore eventStore;
  private StoreAudit audit;

  @BeforeAll
  static void startServer() {
    server = new MongoServer(H2Backend.inMemory());
    server.bind("127.0.0.1", 0);
    client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
  }

  @AfterAll
  static void stopServer() {
    client.close();
    server.shutdownNow();
  }

  @BeforeEach
  void openStore() {
    database = client.getDatabase("tamper-" + UUID.randomUUID().toString().substring(0, 8));
    template = DefaultMongoTemplate.builder().mongoDatabase(database).build();
    GlobalSequenceAllocator allocator =
        new GlobalSequenceAllocator(database.getCollection(GlobalSequenceAllocator.DEFAULT_COLLECTION));
    GlobalSequenceStorageStrategy strategy = new GlobalSequenceStorageStrategy(allocator, Duration.ofSeconds(10), clock);
    eventStore = EmbeddedEventStore.builder()
        .storageEngine(new GlobalSequenceEventStorageEngine(
            MongoEventStorageEngine.builder().eventSerializer(serializer).snapshotSerializer(serializer),
            template, strategy))
        .build();
    audit = new StoreAudit(events());
  }

  @AfterEach
  void dropStore() {
    eventStore.shutDown();
    database.drop();
  }

  @Test
  void eachEventChainsToItsStreamsPreviousOneAcrossBatchesAndTheFirstToTheGenesisValue() {
    eventStore.publish(List.of(event("a", 0, "1.00"), event("b", 0, "2.00"), event("a", 1, "3.00")));
    eventStore.publish(List.of(event("b", 1, "4.00"), event("a", 2, "5.00")));

    assertThat(stored("a#0").getString("previousHash")).isEqualTo(HashChain.GENESIS).hasSize(64);
    assertThat(stored("b#0").getString("previousHash")).isEqualTo(HashChain.GENESIS);
    assertThat(stored("a#1").getString("previousHash")).isEqualTo(stored("a#0").getString("hash"));
    assertThat(stored("a#2").getString("previousHash")).isEqualTo(stored("a#1").getString("hash"));
    assertThat(stored("b#1").getString("previousHash")).isEqualTo(stored("b#0").getString("hash"));
    assertThat(stored("a#0").getString("hash")).isNotEqualTo(stored("b#0").getString("hash"));
  }

  @Test
  void anAuditorRecomputesEachHashFromTheStoredDocumentAsTheReadmeDescribes() throws Exception {
    eventStore.publish(List.of(event("a", 0, "1492000.00"), event("a", 1, "-92000.50")));

    for (String key : List.of("a#0", "a#1")) {
      BsonDocument stored = events().withDocumentClass(BsonDocument.class).find(eq("streamKey", key)).first();
      BsonDocument canonical = new BsonDocument("previousHash", stored.get("previousHash"));
      for (String field : List.of("aggregateIdentifier", "sequenceNumber", "type", "eventIdentifier", "timestamp",
          "payloadType", "payloadRevision", "payload", "metaData")) {
        canonical.append(field, stored.get(field));
      }
      assertThat(canonical.get("sequenceNumber")).isInstanceOf(BsonInt64.class);
      BasicOutputBuffer bytes = new BasicOutputBuffer();
      new BsonDocumentCodec().encode(new BsonBinaryWriter(bytes), canonical, EncoderContext.builder().build());
      String recomputed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
      assertThat(new BsonString(recomputed)).isEqualTo(stored.get("hash"));
    }
  }

  @Test
  void aCleanStoreVerifiesOk() {
    eventStore.publish(List.of(event("a", 0, "1.00"), event("b", 0, "2.00")));
    eventStore.publish(IntStream.range(1, 1201).mapToObj(i -> event("a", i, "1.00")).toList());

    Verification verification = audit.verify();

    assertThat(verification.broken()).isEmpty();
    assertThat(verification.ok()).isTrue();
    assertThat(verification.streams()).isEqualTo(2);
    assertThat(verification.events()).isEqualTo(1202);
  }

  @Test
  void anAmountEditedInMongoIsAHashMismatchOfThatEventOnly() {
    eventStore.publish(List.of(event("a", 0, "1.00"), event("a", 1, "2.00"), event("a", 2, "3.00")));
    String hash = stored("a#1").getString("hash");

    events().updateOne(eq("streamKey", "a#1"), Updates.set("payload.amount", "2000.00"));

    Verification verification = audit.verify();
    assertThat(verification.ok()).isFalse();
    assertThat(verification.broken()).singleElement().satisfies(broken -> {
      assertThat(broken.stream()).isEqualTo("a");
      assertThat(broken.sequence()).isEqualTo(1L);
      assertThat(broken.reason()).isEqualTo(BrokenEvent.HASH_MISMATCH);
      assertThat(broken.found()).isEqualTo(hash);
      assertThat(broken.expected()).isNotEqualTo(hash).hasSize(64);
    });
  }

  @Test
  void editedMetaDataIsAHashMismatch() {
    eventStore.publish(List.of(event("a", 0, "1.00"), event("a", 1, "2.00")));

    events().updateOne(eq("streamKey", "a#0"), Updates.set("metaData.actor", "somebody-else"));

    assertThat(audit.verify().broken()).extracting(BrokenEvent::stream, BrokenEvent::sequence, BrokenEvent::reason)
        .containsExactly(tuple("a", 0L, BrokenEvent.HASH_MISMATCH));
  }

  @Test
  void anEventRewrittenWithARecomputedHashBreaksTheChainAtItsSuccessor() {
    eventStore.publish(List.of(event("a", 0, "1.00"), event("a", 1, "2.00"), event("a", 2, "3.00")));
    Document forged = stored("a#1");
    forged.get("payload", Document.class).put("amount", "2000.00");
    forged.put("hash", HashChain.hash(forged, forged.getString("previousHash")));
    events().replaceOne(eq("streamKey", "a#1"), forged);

    assertThat(audit.verify().broken()).singleElement().satisfies(broken -> {
      assertThat(broken.sequence()).isEqualTo(2L);
      assertThat(broken.reason()).isEqualTo(BrokenEvent.CHAIN_BREAK);
      assertThat(broken.expected()).isEqualTo(forged.getString("hash"));
      assertThat(broken.found()).isEqualTo(stored("a#2").getString("previousHash"));
    });
  }

  @Test
  void anEventDeletedInTheMiddleOfAStreamIsASequenceGap() {
    eventStore.publish(List.of(event("a", 0, "1.00"), event("a", 1, "2.00"), event("a", 2, "3.00")));
    String deletedHash = stored("a#1").getString("hash");

    events().deleteOne(eq("streamKey", "a#1"));

    Verification verification = audit.verify();
    assertThat(verification.events()).isEqualTo(2);
    assertThat(verification.broken()).singleElement().satisfies(broken -> {
      assertThat(broken.sequence()).isEqualTo(1L);
      assertThat(broken.reason()).isEqualTo(BrokenEvent.SEQUENCE_GAP);
      assertThat(broken.expected()).isEqualTo(deletedHash);
      assertThat(broken.found()).isNull();
    });
  }

  @Test
  void aDeletedLastEventIsCaughtByTheDigest() {
    eventStore.publish(List.of(event("a", 0, "1.00"), event("b", 0, "1.00"), event("a", 1, "2.00")));
    StoreDigest digest = audit.digest();
    assertThat(digest.digest()).startsWith("3-");
    assertThat(digest.heads()).extracting(StreamHead::stream, StreamHead::sequence)
        .containsExactly(tuple("a", 1L), tuple("b", 0L));

    events().deleteOne(eq("streamKey", "a#1"));

    assertThat(audit.verify().ok()).isTrue();
    Verification verification = audit.verify(digest.digest());
    assertThat(verification.ok()).isFalse();
    assertThat(verification.broken()).singleElement().satisfies(broken -> {
      assertThat(broken.reason()).isEqualTo(BrokenEvent.DIGEST_MISMATCH);
      assertThat(broken.expected()).isEqualTo(digest.digest());
      assertThat(broken.found()).isEqualTo(verification.recomputed().digest()).startsWith("3-");
    });
    assertThat(verification.recomputed().heads()).extracting(StreamHead::stream, StreamHead::sequence)
        .containsExactly(tuple("a", 0L), tuple("b", 0L));
  }

  @Test
  void aDigestStillVerifiesAfterLaterAppendsBecauseItCoversItsPositionOnly() {
    eventStore.publish(List.of(event("a", 0, "1.00"), event("b", 0, "1.00")));
    StoreDigest digest = audit.digest();

    eventStore.publish(List.of(event("a", 1, "2.00"), event("c", 0, "3.00")));

    Verification verification = audit.verify(digest.digest());
    assertThat(verification.broken()).isEmpty();
    assertThat(verification.ok()).isTrue();
    assertThat(verification.recomputed()).isEqualTo(digest);
    assertThat(audit.digest().digest()).startsWith("4-").isNotEqualTo(digest.digest());
  }

  @Test
  void twoEventsWhoseSequenceNumbersAreSwappedAreReordered() {
    eventStore.publish(List.of(event("a", 0, "1.00"), event("a", 1, "2.00")));
    eventStore.publish(List.of(event("a", 2, "3.00"), event("a", 3, "4.00")));

    swap("a", 1, 2);

    assertThat(audit.verify().broken()).extracting(BrokenEvent::sequence, BrokenEvent::reason)
        .containsExactly(
            tuple(1L, BrokenEvent.REORDERED),
            tuple(2L, BrokenEvent.REORDERED));
  }

  @Test
  void aDigestThatIsNotOneTheStoreGaveIsRefusedWithTheReason() {
    assertThatThrownBy(() -> audit.verify("12-XYZ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<position>-<64 lowercase hex digits>");
  }

  /** What someone with write access to MongoDB would do: swap the numbers and keys, the unique index forces three steps. */
  private void swap(String stream, long one, long other) {
    String oneKey = stream + "#" + one;
    String otherKey = stream + "#" + other;
    events().updateOne(eq("streamKey", oneKey), Updates.combine(
        Updates.set("streamKey", "moving"), Updates.set("sequenceNumber", other)));
    events().updateOne(eq("streamKey", otherKey), Updates.combine(
        Updates.set("streamKey", oneKey), Updates.set("sequenceNumber", one)));
    events().updateOne(eq("streamKey", "moving"), Updates.set("streamKey", otherKey));
  }

  private Document stored(String streamKey) {
    return events().find(eq("streamKey", streamKey)).first();
  }

  private EventMessage<?> event(String aggregate, long sequence, String amount) {
    return new GenericDomainEventMessage<>("BudgetYear", aggregate, sequence, entry(aggregate + "-" + sequence, amount),
        MetaData.with("actor", "recorder-1"), UUID.randomUUID().toString(), clock.instant());
  }

  private MongoCollection<Document> events() {
    return template.eventCollection();
  }
}
