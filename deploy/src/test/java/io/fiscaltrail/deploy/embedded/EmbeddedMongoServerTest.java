package io.fiscaltrail.deploy.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerTest {

  @TempDir Path dataDir;

  @Test
  void listensOnTheLoopbackAddressOnly() throws SocketException {
    Optional<InetAddress> otherAddress = NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .findFirst();
    assumeThat(otherAddress).as("a non-loopback IPv4 address on this machine").isPresent();

    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0)) {
      assertThat(server.uri()).isEqualTo("mongodb://127.0.0.1:" + server.port() + "/fiscaltrail");
      assertThatThrownBy(() -> new Socket(otherAddress.get(), server.port()).close())
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void theFileStaysSmallWhileOneDocumentIsRewrittenOverAndOver() throws IOException {
    // Each commit writes a new chunk of some 10 to 40 KB. With MVStore's default retention time of
    // 45 seconds the old ones pile up: 1,000 updates left a file of 10.8 MB.
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
        MongoClient client = MongoClients.create(server.uri())) {
      MongoCollection<Document> counters =
          client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("counters");
      counters.insertOne(new Document("_id", "writes").append("count", 0));
      for (int i = 0; i < 1_000; i++) {
        counters.updateOne(Filters.eq("_id", "writes"), Updates.inc("count", 1));
      }
      assertThat(counters.find().first()).containsEntry("count", 1_000);
      Path dataFile = dataDir.resolve(EmbeddedMongoServer.DATA_FILE_NAME);
      assertThat(Files.size(dataFile)).isLessThan(4_000_000);
    }
  }

  @Test
  void theFlushCompactsChunksThatKeepOnlyAFewLivePages() throws IOException, InterruptedException {
    // Every insert commits a chunk; a random key dirties a random leaf of the index, so older
    // chunks keep a page or two alive each and would keep their whole place in the file.
    EmbeddedMongoProperties.EmbeddedMongo quickFlush =
        new EmbeddedMongoProperties.EmbeddedMongo(0, Set.of(), Set.of(), Duration.ofMillis(50));
    java.util.Random random = new java.util.Random(7);
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, quickFlush);
        MongoClient client = MongoClients.create(server.uri())) {
      MongoCollection<Document> keyed = client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("keyed");
      keyed.createIndex(new Document("key", 1), new com.mongodb.client.model.IndexOptions().unique(true));
      for (int i = 0; i < 4_000; i++) {
        keyed.insertOne(new Document("_id", i).append("key", Long.toHexString(random.nextLong())).append("pad", "x".repeat(200)));
      }
      Thread.sleep(200); // a flush after the last insert
      // measured: 10.6 MB with the compaction, 44.9 MB without it
      assertThat(Files.size(dataDir.resolve(EmbeddedMongoServer.DATA_FILE_NAME))).isLessThan(20_000_000);
    }
  }

  @Test
  void droppingACollectionThatDoesNotExistAnswersOkAsMongoDbDoes() {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
        MongoClient client = MongoClients.create(server.uri())) {
      var database = client.getDatabase(EmbeddedMongoServer.DATABASE);
      assertThat(database.runCommand(new Document("drop", "absent")).get("ok", Number.class).intValue()).isOne();
      database.getCollection("present").insertOne(new Document("_id", 1));
      assertThat(database.runCommand(new Document("drop", "present")).get("ok", Number.class).intValue()).isOne();
      assertThat(ids(database.getCollection("present"))).isEmpty();
    }
  }

  @Test
  void derivedCollectionsMoveToTheirOwnFileAndKeepTheirIndexesAndTheirDrops() {
    EmbeddedMongoProperties.EmbeddedMongo allInOneFile =
        new EmbeddedMongoProperties.EmbeddedMongo(0, Set.of(), Set.of(), Duration.ofSeconds(1));
    EmbeddedMongoProperties.EmbeddedMongo viewDerived =
        new EmbeddedMongoProperties.EmbeddedMongo(0, Set.of("view"), Set.of(), Duration.ofSeconds(1));
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, allInOneFile);
        MongoClient client = MongoClients.create(server.uri())) {
      client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("view").insertOne(new Document("_id", "old file"));
      client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("events").insertOne(new Document("_id", "event"));
    }

    // a file written before: its copy of the derived collection is dropped, the rest kept
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, viewDerived);
        MongoClient client = MongoClients.create(server.uri())) {
      var database = client.getDatabase(EmbeddedMongoServer.DATABASE);
      assertThat(ids(database.getCollection("view"))).isEmpty();
      assertThat(ids(database.getCollection("events"))).containsExactly("event");
      database.getCollection("view").createIndex(new Document("code", 1), new com.mongodb.client.model.IndexOptions().unique(true));
      database.getCollection("view").insertOne(new Document("_id", 1).append("code", "a"));
    }
    assertThat(dataDir.resolve("fiscaltrail-derived.mv")).exists();

    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, viewDerived);
        MongoClient client = MongoClients.create(server.uri())) {
      var view = client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("view");
      assertThat(ids(view)).containsExactly(1);
      assertThatThrownBy(() -> view.insertOne(new Document("_id", 2).append("code", "a")))
          .hasMessageContaining("duplicate key");
      view.drop();
      view.insertOne(new Document("_id", 3).append("code", "a"));
    }

    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, viewDerived);
        MongoClient client = MongoClients.create(server.uri())) {
      assertThat(ids(client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("view"))).containsExactly(3);
    }
  }

  /**
   * A collection added to the derived ones after a data directory was written: its maps leave the
   * events' file, and the derived file is emptied with them, so that no token there claims a fold
   * whose other half was dropped; the events' own collections are kept.
   */
  @Test
  void aCollectionThatBecomesDerivedEmptiesTheDerivedFileSoThatEverythingDerivedIsRebuilt() {
    EmbeddedMongoProperties.EmbeddedMongo before =
        new EmbeddedMongoProperties.EmbeddedMongo(0, Set.of("view", "tokens"), Set.of(), Duration.ofSeconds(1));
    EmbeddedMongoProperties.EmbeddedMongo after =
        new EmbeddedMongoProperties.EmbeddedMongo(0, Set.of("view", "tokens", "checkpoints"), Set.of(), Duration.ofSeconds(1));
    List<String> collections = List.of("events", "checkpoints", "view", "tokens");
    openReadAndInsert(before, collections,
        Map.of("events", "event", "checkpoints", "checkpoint", "view", "view", "tokens", "token"));

    assertThat(openReadAndInsert(after, collections, Map.of("checkpoints", "rebuilt", "tokens", "rebuilt")))
        .isEqualTo(Map.of("events", List.of("event"), "checkpoints", List.of(), "view", List.of(), "tokens", List.of()));
    // moved once: what was written since, now in the derived file, is kept
    assertThat(openReadAndInsert(after, collections, Map.of())).isEqualTo(Map.of(
        "events", List.of("event"), "checkpoints", List.of("rebuilt"), "view", List.of(), "tokens", List.of("rebuilt")));
  }

  /**
   * Starts the server on the data directory, reads the ids of each collection, then inserts one
   * document (by {@code _id}) into each collection named in {@code inserts}, and stops it.
   */
  private Map<String, List<Object>> openReadAndInsert(
      EmbeddedMongoProperties.EmbeddedMongo settings, List<String> collections, Map<String, String> inserts) {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, settings);
        MongoClient client = MongoClients.create(server.uri())) {
      var database = client.getDatabase(EmbeddedMongoServer.DATABASE);
      Map<String, List<Object>> read = new HashMap<>();
      collections.forEach(name -> read.put(name, ids(database.getCollection(name))));
      inserts.forEach((name, id) -> database.getCollection(name).insertOne(new Document("_id", id)));
      return read;
    }
  }

  @Test
  void namesTheCollectionOfEachMapOfTheStore() {
    assertThat(StoreFiles.collectionOfMap("bson.fiscaltrail.budget_year_ledger")).isEqualTo("budget_year_ledger");
    assertThat(StoreFiles.collectionOfMap("databases.fiscaltrail.budget_year_ledger")).isEqualTo("budget_year_ledger");
    assertThat(StoreFiles.collectionOfMap("meta.fiscaltrail.system.indexes")).isEqualTo("system.indexes");
    assertThat(StoreFiles.collectionOfMap("fiscaltrail.trackingtokens._index_uniqueProcessorAndSegment"))
        .isEqualTo("trackingtokens");
    assertThat(StoreFiles.collectionOfMap("databases.fiscaltrail")).isNull();
    assertThat(StoreFiles.collectionOfMap("fiscaltrail._index_x")).isNull();
  }

  private static List<Object> ids(MongoCollection<Document> collection) {
    List<Object> ids = new ArrayList<>();
    collection.find().forEach(document -> ids.add(document.get("_id")));
    return ids;
  }
}
