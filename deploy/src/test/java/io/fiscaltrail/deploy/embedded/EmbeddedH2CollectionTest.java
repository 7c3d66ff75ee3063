package io.fiscaltrail.deploy.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.fiscaltrail.deploy.embedded.EmbeddedH2Collection.IdRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedH2CollectionTest {

  @TempDir Path dataDir;

  @Test
  void aRangeOfWholeNumberIdsAnswersWhatTheFullScanAnswers() {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
        MongoClient client = MongoClients.create(server.uri())) {
      MongoCollection<Document> events = client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("ranged");
      List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 400).filter(id -> id % 7 != 0).boxed().toList());
      Collections.shuffle(ids, new Random(11));
      ids.forEach(id -> events.insertOne(new Document("_id", id).append("odd", id % 2 == 1)));

      for (Document bounds : List.of(
          new Document("$gte", 20L).append("$lte", 60L),
          new Document("$gt", 20L).append("$lt", 60L),
          new Document("$gt", 390L),
          new Document("$lte", 15),
          new Document("$gte", 401L),
          new Document("$gt", 50L).append("$lte", 40L),
          new Document("$gte", 0L).append("$lte", Long.MAX_VALUE),
          new Document("$gt", Long.MAX_VALUE))) {
        List<Object> walked = ids(events.find(new Document("_id", bounds)));
        // $and over the same bounds is a filter the walk does not take: the stock scan answers it
        List<Object> scanned = ids(events.find(new Document("$and", List.of(new Document("_id", bounds))))
            .sort(new Document("_id", 1)));
        assertThat(walked).as("%s", bounds).isEqualTo(scanned);
      }
      assertThat(ids(events.find(new Document("_id", new Document("$gte", 20L).append("$lte", 60L))).limit(5)))
          .containsExactly(20L, 22L, 23L, 24L, 25L);
      // a filter on more than the _id is answered by the stock scan, still right
      assertThat(ids(events.find(new Document("_id", new Document("$gte", 1L).append("$lte", 9L)).append("odd", true))))
          .containsExactly(1L, 3L, 5L, 9L);
    }
  }

  @Test
  void aFilterOnTheIdAndMoreReadsOnlyTheDocumentsOfThatId() {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
        MongoClient client = MongoClients.create(server.uri())) {
      MongoCollection<Document> chunks = client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("chunks");
      chunks.insertOne(new Document("_id", "a").append("d", 1));
      chunks.insertOne(new Document("_id", "b").append("d", 0));
      // matched against b, this condition divides by zero, and it is matched first: a scan of every
      // document meets it, a read of a's document alone does not
      Document dividesByD = new Document("$gt", List.of(new Document("$divide", List.of(1, "$d")), 0));

      assertThatThrownBy(() -> chunks.find(new Document("$expr", dividesByD)).into(new ArrayList<>()))
          .isInstanceOf(MongoException.class).hasMessageContaining("divide by zero");
      assertThat(chunks.find(new Document("$and", List.of(new Document("$expr", dividesByD), new Document("_id", "a")))))
          .extracting(d -> d.get("_id")).containsExactly("a");
      assertThat(chunks.find(Filters.and(Filters.eq("_id", "a"), Filters.lt("d", 2))))
          .extracting(d -> d.get("_id")).containsExactly("a");
      assertThat(chunks.find(new Document("$expr", dividesByD).append("_id", "a")))
          .extracting(d -> d.get("_id")).containsExactly("a");
      assertThat(chunks.find(new Document("$expr", dividesByD).append("_id", new Document("$in", List.of("a", "c")))))
          .extracting(d -> d.get("_id")).containsExactly("a");
      assertThat(chunks.find(new Document("_id", "a").append("d", 0)).first()).isNull();
      assertThat(chunks.updateOne(new Document("_id", "a").append("d", new Document("$lt", 1)),
          new Document("$set", new Document("d", 2))).getMatchedCount()).isZero();
      assertThat(chunks.updateOne(new Document("_id", "a").append("d", new Document("$lt", 2)),
          new Document("$set", new Document("d", 2))).getModifiedCount()).isOne();
      assertThat(chunks.find(new Document("_id", "a")).first()).containsEntry("d", 2);
    }
  }

  @Test
  void idsOfMixedTypesAreComparedAsNumbersByTheStockScan() {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
        MongoClient client = MongoClients.create(server.uri())) {
      MongoCollection<Document> mixed = client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("mixed");
      // H2 keeps Integer keys before all Long keys: a walk from 3 would miss the Integer 5
      mixed.insertOne(new Document("_id", 2L));
      mixed.insertOne(new Document("_id", 5));
      mixed.insertOne(new Document("_id", 7L));
      assertThat(ids(mixed.find(new Document("_id", new Document("$gte", 3L).append("$lte", 10L))).sort(new Document("_id", 1))))
          .containsExactly(5, 7L);
    }
  }

  @Test
  void writesWithoutASizeTotalStillCountAndAnswerStatistics() {
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
        MongoClient client = MongoClients.create(server.uri())) {
      MongoCollection<Document> books = client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("books");
      LongStream.rangeClosed(1, 20).forEach(id -> books.insertOne(new Document("_id", id).append("pad", "x".repeat(100))));
      books.updateOne(new Document("_id", 3L), new Document("$set", new Document("pad", "y")));
      books.deleteOne(new Document("_id", 4L));

      assertThat(books.countDocuments()).isEqualTo(19);
      assertThat(books.find(new Document("_id", 3L)).first()).containsEntry("pad", "y");
      Document stats = client.getDatabase(EmbeddedMongoServer.DATABASE).runCommand(new Document("collStats", "books"));
      assertThat(stats.get("count", Number.class).longValue()).isEqualTo(19);
    }
  }

  @Test
  void onlyWholeNumberBoundsOnTheIdInItsOwnOrderAreARange() {
    assertThat(IdRange.of(byId(filter("$gt", 4L).append("$lte", 9)), null)).isEqualTo(new IdRange(5, 9));
    assertThat(IdRange.of(byId(filter("$gte", 4L)), serverDocument("_id", 1))).isEqualTo(new IdRange(4, Long.MAX_VALUE));
    assertThat(IdRange.of(byId(filter("$lt", 4L)), serverDocument())).isEqualTo(new IdRange(Long.MIN_VALUE, 3));
    assertThat(IdRange.of(byId(filter("$gte", 4L)), serverDocument("_id", -1))).isNull();
    assertThat(IdRange.of(byId(filter("$gte", 4.5)), null)).isNull();
    assertThat(IdRange.of(byId(filter("$in", List.of(4L))), null)).isNull();
    assertThat(IdRange.of(serverDocument("_id", 4L), null)).isNull();
    assertThat(IdRange.of(byId(filter("$gte", 4L)).append("odd", true), null)).isNull();
  }

  // the server's own document type, as its collections receive filters
  private static de.bwaldvogel.mongo.bson.Document serverDocument(Object... keysAndValues) {
    de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      document.append((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return document;
  }

  private static de.bwaldvogel.mongo.bson.Document filter(String operator, Object value) {
    return serverDocument(operator, value);
  }

  private static de.bwaldvogel.mongo.bson.Document byId(de.bwaldvogel.mongo.bson.Document bounds) {
    return serverDocument("_id", bounds);
  }

  private static List<Object> ids(Iterable<Document> documents) {
    List<Object> ids = new ArrayList<>();
    documents.forEach(document -> ids.add(document.get("_id")));
    return ids;
  }
}
