package io.fiscaltrail.deploy.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded collections' own update path ({@link SharedUpdate}) against the stock one: every
 * update is run on both, and their answers, errors and documents must be the same.
 */
class SharedUpdateTest {

  @TempDir Path dataDir;

  @Test
  void updatesAnswerAndStoreWhatTheStockCollectionDoes() {
    MongoServer stockServer = new MongoServer(H2Backend.inMemory());
    InetSocketAddress stockAddress = stockServer.bind();
    try (EmbeddedMongoServer embedded = EmbeddedMongoServer.start(dataDir, 0);
        MongoClient ours = MongoClients.create(embedded.uri());
        MongoClient stock = MongoClients.create("mongodb://127.0.0.1:" + stockAddress.getPort())) {
      MongoCollection<Document> oursBooks = ours.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("books");
      MongoCollection<Document> stockBooks = stock.getDatabase("stock").getCollection("books");
      List<Function<MongoCollection<Document>, UpdateResult>> steps = List.of(
          // a replacement that inserts, then replaces, then changes nothing
          c -> c.replaceOne(id("a"), new Document("_id", "a").append("x", 1).append("list", List.of(1)),
              new ReplaceOptions().upsert(true)),
          c -> c.replaceOne(id("a"), new Document("x", 2).append("list", List.of(1, 2)).append("days", new Document("d", 1))),
          c -> c.replaceOne(id("a"), new Document("x", 2).append("list", List.of(1, 2)).append("days", new Document("d", 1))),
          // a ledger chunk's append: matched only while the condition beside the _id holds
          c -> c.updateOne(id("a").append("x", new Document("$lt", 5)), new Document("$push",
              new Document("list", new Document("$each", List.of(3, new Document("e", 4))))).append("$set", new Document("last", 4))),
          c -> c.updateOne(id("a").append("x", new Document("$lt", 1)), new Document("$push", new Document("list", 5))),
          c -> c.updateOne(id("a"), new Document("$push", new Document("fresh", new Document("k", 1))).append("$set", new Document("x", 3))),
          c -> c.updateOne(id("a"), new Document("$set", new Document("x", 3))),
          c -> c.updateOne(new Document("_id", new Document("$in", List.of("a", "z"))).append("x", 3),
              new Document("$set", new Document("y", List.of()))),
          // what the stock path takes over, errors included
          c -> c.updateOne(id("a"), new Document("$push", new Document("x", 1))),
          c -> c.updateOne(id("a"), new Document("$set", new Document("_id", "b"))),
          c -> c.replaceOne(id("a"), new Document("_id", "b")),
          c -> c.updateOne(id("a"), new Document("$push", new Document("list", new Document("$each", List.of(9)).append("$slice", -2)))),
          c -> c.updateOne(id("a"), new Document("$set", new Document("days.d", 2))),
          c -> c.updateOne(id("a"), new Document("$set", new Document())),
          c -> c.updateOne(id("z"), new Document("$push", new Document("list", 1)), new UpdateOptions().upsert(true)),
          c -> c.replaceOne(id("n").append("k", 1), new Document("v", 1), new ReplaceOptions().upsert(true)),
          c -> c.replaceOne(new Document("_id", 5L), new Document("_id", 5).append("v", 1), new ReplaceOptions().upsert(true)),
          c -> c.replaceOne(new Document("_id", 5L), new Document("_id", 5).append("v", 2)),
          c -> c.updateMany(new Document(), new Document("$set", new Document("all", true))));

      for (int step = 0; step < steps.size(); step++) {
        assertThat(outcome(steps.get(step), oursBooks)).as("step %d", step).isEqualTo(outcome(steps.get(step), stockBooks));
        assertThat(oursBooks.find().sort(id(1)).into(new ArrayList<>()))
            .as("documents after step %d", step)
            .isEqualTo(stockBooks.find().sort(id(1)).into(new ArrayList<>()));
      }
    } finally {
      stockServer.shutdownNow();
    }
  }

  @Test
  void anAppendLeavesTheStoredDocumentAsItWasAndSharesWhatItDoesNotChange() {
    de.bwaldvogel.mongo.bson.Document days = serverDocument("2024-01-02", 5L);
    List<Object> entries = new ArrayList<>(List.of(serverDocument("sequence", 0L)));
    de.bwaldvogel.mongo.bson.Document stored = serverDocument("_id", "chunk#0", "last", 0L, "entries", entries, "days", days);
    SharedUpdate append = SharedUpdate.of(serverDocument(
        "$push", serverDocument("entries", serverDocument("$each", List.of(serverDocument("sequence", 1L)))),
        "$set", serverDocument("last", 1L)));

    de.bwaldvogel.mongo.bson.Document updated = append.applyTo(stored);

    assertThat(updated.get("entries")).isEqualTo(List.of(serverDocument("sequence", 0L), serverDocument("sequence", 1L)));
    assertThat(updated.get("last")).isEqualTo(1L);
    assertThat(updated.get("days")).isSameAs(days);
    assertThat(stored.get("entries")).isSameAs(entries).isEqualTo(List.of(serverDocument("sequence", 0L)));
    assertThat(stored.get("last")).isEqualTo(0L);
    assertThat(SharedUpdate.of(serverDocument("$inc", serverDocument("last", 1L)))).isNull();
    assertThat(SharedUpdate.of(serverDocument("$set", serverDocument("days.x", 1L)))).isNull();
    assertThat(SharedUpdate.of(serverDocument("$set", serverDocument()))).isNull();
  }

  // the server's own document type, as its collections receive updates
  private static de.bwaldvogel.mongo.bson.Document serverDocument(Object... keysAndValues) {
    de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      document.append((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return document;
  }

  private static String outcome(Function<MongoCollection<Document>, UpdateResult> step, MongoCollection<Document> books) {
    try {
      return step.apply(books).toString();
    } catch (MongoWriteException e) {
      return "error " + e.getError().getCode() + ": " + e.getError().getMessage().replace("stock.books", "fiscaltrail.books");
    }
  }

  private static Document id(Object value) {
    return new Document("_id", value);
  }
}
