package io.fiscaltrail.deploy.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faster index key type orders keys exactly as H2's own type does, so the indexes of a data
 * file written by the stock backend (or by versions before this type) work with the embedded
 * default.
 */
class IndexKeyTypeTest {

  @Test
  void ordersEveryPairOfKeysAsH2DoesByTheirSerializedForm() {
    ObjectDataType stock = new ObjectDataType();
    Random random = new Random(7);
    List<KeyValue> keys = Stream.generate(() -> anyKey(random)).limit(400).toList();
    for (KeyValue a : keys) {
      for (KeyValue b : keys) {
        assertThat(Integer.signum(IndexKeyType.INSTANCE.compare(a, b)))
            .as("%s vs %s", a, b)
            .isEqualTo(Integer.signum(stock.compare(a, b)));
      }
    }
  }

  @Test
  void findsEveryKeyInAPageWhereH2sOwnSearchFindsIt() {
    ObjectDataType stock = new ObjectDataType();
    Random random = new Random(11);
    List<KeyValue> page = Stream.generate(() -> streamKey(random)).limit(48).sorted(stock::compare).toList();
    Object[] keys = page.toArray();
    List<Object> wanted = new ArrayList<>(page);
    Stream.generate(() -> streamKey(random)).limit(48).forEach(wanted::add); // mostly absent
    wanted.add(new KeyValue(new ArrayList<>(page.get(5).stream().toList()))); // equal, another object
    for (Object key : wanted) {
      for (int guess : new int[] {0, 1, 24, 48, 60}) {
        assertThat(IndexKeyType.INSTANCE.binarySearch(key, keys, keys.length, guess))
            .as("%s, guess %d", key, guess)
            .isEqualTo(stock.binarySearch(key, keys, keys.length, guess));
      }
    }
  }

  @Test
  void writesEveryKeyAsTheBytesH2WritesAndReadsThemBack() {
    ObjectDataType stock = new ObjectDataType();
    List<Object> keys = List.of(new KeyValue("budget-2026#3"), new KeyValue(42L), new KeyValue("代码", 7),
        new KeyValue((Object) null), "a plain string", 5L);
    for (Object key : keys) {
      WriteBuffer ours = new WriteBuffer();
      IndexKeyType.INSTANCE.write(ours, key);
      IndexKeyType.INSTANCE.write(ours, key); // again, from the remembered bytes
      WriteBuffer h2 = new WriteBuffer();
      stock.write(h2, key);
      stock.write(h2, key);

      ByteBuffer written = ours.getBuffer().flip();
      assertThat(written).as("%s", key).isEqualTo(h2.getBuffer().flip());
      assertThat(IndexKeyType.INSTANCE.read(written)).isEqualTo(key);
      assertThat(stock.read(written)).isEqualTo(key);
    }
    KeyValue key = new KeyValue("budget-2026#3");
    assertThat(IndexKeyType.INSTANCE.getMemory(key)).isEqualTo(2 * ObjectDataType.serialize(key).length);
  }

  @Test
  void readsAndExtendsTheIndexesOfAFileTheStockBackendWrote(@TempDir Path dir) {
    Path file = dir.resolve("store.mv");
    int stored = 3_000;
    withServer(() -> new H2Backend(file.toString()), events -> {
      events.createIndex(Indexes.ascending("streamKey"), new IndexOptions().unique(true));
      events.insertMany(IntStream.range(0, stored).mapToObj(IndexKeyTypeTest::event).toList());
    });

    withServer(() -> DurableH2Backend.open(file), events -> {
      assertEveryEventFound(events, stored);
      events.insertMany(IntStream.range(stored, stored + 500).mapToObj(IndexKeyTypeTest::event).toList());
      assertThatThrownBy(() -> events.insertOne(event(17).append("_id", -1L)))
          .isInstanceOf(MongoWriteException.class)
          .hasMessageContaining("duplicate key");
      assertEveryEventFound(events, stored + 500);
    });

    withServer(() -> DurableH2Backend.open(file), events -> assertEveryEventFound(events, stored + 500));
  }

  /** Keys of the kinds the application's indexes hold: stream keys, numbers, compound keys. */
  private static KeyValue anyKey(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> streamKey(random);
      case 1 -> new KeyValue((long) random.nextInt(1_000_000) - 500_000);
      case 2 -> new KeyValue(random.nextInt(1000));
      default -> new KeyValue("代码" + random.nextInt(100), random.nextInt(10));
    };
  }

  /** A key of the events' unique stream key index, as mongo-java-server builds it. */
  private static KeyValue streamKey(Random random) {
    return new KeyValue("stream-" + random.nextInt(50) + "/2022#" + random.nextInt(100_000));
  }

  private static Document event(int n) {
    return new Document("_id", (long) n).append("streamKey", "dept-" + (n % 7) + "/2022#" + n).append("n", n);
  }

  private static void assertEveryEventFound(MongoCollection<Document> events, int count) {
    for (int n = 0; n < count; n += 97) {
      assertThat(events.find(Filters.eq("_id", (long) n)).first()).as("_id %d", n).isNotNull();
      Document byStreamKey = events.find(Filters.eq("streamKey", "dept-" + (n % 7) + "/2022#" + n)).first();
      assertThat(byStreamKey).as("streamKey of %d", n).isNotNull();
      assertThat(byStreamKey.getInteger("n")).isEqualTo(n);
    }
    List<Long> ids = IntStream.range(0, count).mapToObj(n -> (long) n).toList();
    assertThat(events.find(Filters.in("_id", ids)).into(new ArrayList<>())).hasSize(count);
    assertThat(events.find(Filters.eq("_id", (long) count)).first()).isNull();
  }

  private static void withServer(
      Supplier<MongoBackend> backend, java.util.function.Consumer<MongoCollection<Document>> work) {
    MongoBackend opened = backend.get();
    MongoServer server = new MongoServer(opened);
    InetSocketAddress address = server.bind();
    try (MongoClient client = MongoClients.create(
        "mongodb://" + address.getHostString() + ":" + address.getPort())) {
      work.accept(client.getDatabase("keys").getCollection("events"));
    } finally {
      server.shutdown();
    }
  }
}
