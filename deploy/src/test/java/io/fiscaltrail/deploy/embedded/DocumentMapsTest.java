package io.fiscaltrail.deploy.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents' maps hold BSON; files that hold Java-serialized documents are converted once. */
class DocumentMapsTest {

  @TempDir Path dir;

  @Test
  void aFileTheStockBackendWroteKeepsEveryDocumentAndHoldsOnlyBsonAfterItsFirstOpening() {
    Path file = dir.resolve("store.mv");
    List<Document> written = IntStream.range(0, 25_000).mapToObj(DocumentMapsTest::event).toList();
    withServer(() -> new H2Backend(file.toString()), database -> {
      database.getCollection("events").insertMany(written);
      database.getCollection("counter").insertOne(new Document("_id", "events").append("value", 24_999L));
    });

    for (int opening = 1; opening <= 2; opening++) {
      withServer(() -> DurableH2Backend.open(file), database -> {
        assertThat(database.getCollection("events").find().sort(Sorts.ascending("_id")).into(new ArrayList<>()))
            .isEqualTo(written);
        assertThat(database.getCollection("counter").find().first()).containsEntry("value", 24_999L);
      });
      MVStore store = MVStore.open(file.toString());
      try {
        assertThat(store.getMapNames()).noneMatch(name -> name.startsWith(DocumentMaps.JAVA_SERIALIZED_PREFIX))
            .contains("bson.keys.events", "bson.keys.counter");
      } finally {
        store.close();
      }
    }
  }

  @Test
  void aConversionCutShortCopiesTheSameDocumentsAgainOnTheNextOpening() {
    Path file = dir.resolve("half.mv");
    MVStore store = MVStore.open(file.toString());
    MVMap<Object, Object> javaSerialized = store.openMap("databases.keys.events");
    MVMap<Object, de.bwaldvogel.mongo.bson.Document> bson = DocumentMaps.open(store, "keys.events");
    for (long id = 0; id < 1_000; id++) {
      de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", id).append("n", id * 2);
      javaSerialized.put(id, document);
      if (id < 400) {
        bson.put(id, document);
      }
    }
    store.commit();

    DocumentMaps.convertJavaSerialized(store, file.toString());

    assertThat(store.hasMap("databases.keys.events")).isFalse();
    assertThat(bson.sizeAsLong()).isEqualTo(1_000);
    assertThat(bson.get(999L)).containsEntry("n", 1998L);
    store.close();
  }

  @Test
  void aRenamedCollectionKeepsItsDocumentsAcrossARestart() {
    Path file = dir.resolve("renamed.mv");
    withServer(() -> DurableH2Backend.open(file), database -> {
      database.getCollection("before").insertMany(List.of(event(1), event(2)));
      database.getCollection("before").renameCollection(new com.mongodb.MongoNamespace("keys", "after"));
      assertThat(database.getCollection("after").countDocuments()).isEqualTo(2);
      assertThat(database.getCollection("before").countDocuments()).isZero();
    });
    withServer(() -> DurableH2Backend.open(file), database -> {
      assertThat(database.getCollection("after").find().sort(Sorts.ascending("_id")).into(new ArrayList<>()))
          .containsExactly(event(1), event(2));
      assertThat(database.getCollection("before").countDocuments()).isZero();
    });
  }

  private static Document event(int n) {
    return new Document("_id", (long) n)
        .append("streamKey", "dept-" + (n % 7) + "/2022#" + n)
        .append("payload", new Document("amount", new Decimal128(new BigDecimal("12.50")))
            .append("lines", List.of("BASIC", "PROJECT"))
            .append("scan", new Binary(new byte[] {1, 2, 3})))
        .append("recordedAt", new Date(1_700_000_000_000L + n));
  }

  private static void withServer(Supplier<MongoBackend> backend, Consumer<MongoDatabase> work) {
    MongoServer server = new MongoServer(backend.get());
    InetSocketAddress address = server.bind();
    try (MongoClient client = MongoClients.create(
        "mongodb://" + address.getHostString() + ":" + address.getPort())) {
      work.accept(client.getDatabase("keys"));
    } finally {
      server.shutdown();
    }
  }
}
