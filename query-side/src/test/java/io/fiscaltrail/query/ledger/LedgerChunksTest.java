package io.fiscaltrail.query.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import io.fiscaltrail.kernel.money.Money;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.bson.BsonBinary;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

@ReadModelTest
class LedgerChunksTest {

  @Autowired ReadModel readModel;
  @Autowired MongoTemplate mongo;
  @Autowired MongoServer server;

  private LedgerChunks ledger;

  @BeforeEach
  void emptyLedger() {
    readModel.clear();
    ledger = new LedgerChunks(mongo.getCollection("test_ledger"), mongo.getCollection("test_checkpoints")) {};
  }

  @Test
  void keepsEntriesInChunksOfFiveHundredKeyedByStreamAndNumber() {
    ledger.append("a/2024", entries(0, 1200));

    assertThat(readModel.documents("test_ledger")).hasSize(3);
    assertThat(storedEntries("a/2024#2")).hasSize(200);
    assertThat(ledger.read("a/2024", 1199)).extracting(LedgerEntry::sequence)
        .containsExactlyElementsOf(LongStream.range(0, 1200).boxed().toList());
  }

  @Test
  void readsOnlyUpToTheSequenceTheBookHasCounted() {
    ledger.append("a/2024", entries(0, 10));

    assertThat(ledger.read("a/2024", 6)).hasSize(7);
    assertThat(ledger.read("a/2024", -1)).isEmpty();
    assertThat(ledger.read("b/2024", 9)).isEmpty();
  }

  @Test
  void writingAnEntryAgainReplacesItInsteadOfAddingACopy() {
    ledger.append("a/2024", entries(0, 600));
    ledger.append("a/2024", entries(450, 700));

    assertThat(ledger.read("a/2024", 699)).hasSize(700);
  }

  @Test
  void aChunkWrittenInPiecesIsTheChunkWrittenAtOnce() {
    ledger.append("whole/2024", entries(0, 1200));
    for (long[] piece : new long[][] {{0, 37}, {37, 480}, {30, 520}, {520, 1000}, {1000, 1200}}) {
      ledger.append("pieces/2024", entries(piece[0], piece[1]));
    }

    for (int chunk = 0; chunk < 3; chunk++) {
      assertThat(storedEntries("pieces/2024#" + chunk)).isEqualTo(storedEntries("whole/2024#" + chunk));
    }
  }

  @Test
  void entriesBeforeOnesAChunkHoldsAreSortedIntoIt() {
    ledger.append("a/2024", entries(10, 20));
    ledger.append("a/2024", entries(0, 15));

    assertThat(storedEntries("a/2024#0")).extracting(d -> d.get("origin", org.bson.Document.class).get("sequence"))
        .containsExactlyElementsOf(LongStream.range(0, 20).boxed().toList());
  }

  @Test
  void entriesThatFollowAllAStoredChunkHoldsAreOneWriteWithNoReadBeforeIt() {
    List<String> commands = new CopyOnWriteArrayList<>();
    MongoClientSettings watched = MongoClientSettings.builder()
        .applyConnectionString(new ConnectionString(server.getConnectionString()))
        .addCommandListener(new CommandListener() {
          @Override
          public void commandStarted(CommandStartedEvent event) {
            commands.add(event.getCommandName());
          }
        })
        .build();
    try (MongoClient client = MongoClients.create(watched)) {
      MongoDatabase database = client.getDatabase(mongo.getDb().getName());
      LedgerChunks watchedLedger = new LedgerChunks(database.getCollection("test_ledger"), database.getCollection("test_checkpoints")) {};
      watchedLedger.append("a/2024", entries(0, 100));
      commands.clear();

      watchedLedger.append("a/2024", entries(100, 200));

      assertThat(commands).containsExactly("update");
    }
    assertThat(ledger.read("a/2024", 199)).extracting(LedgerEntry::sequence)
        .containsExactlyElementsOf(LongStream.range(0, 200).boxed().toList());
  }

  @Test
  void aChunkStoredWithoutItsLastSequenceTakesEntriesInOrderAndNoCopies() {
    ledger.append("a/2024", entries(0, 100));
    mongo.getCollection("test_ledger").updateOne(new org.bson.Document("_id", "a/2024#0"), Updates.unset("last"));

    ledger.append("a/2024", entries(50, 150)); // 50 to 99 redelivered
    ledger.append("a/2024", entries(150, 160));

    assertThat(storedEntries("a/2024#0")).extracting(d -> d.get("origin", org.bson.Document.class).get("sequence"))
        .containsExactlyElementsOf(LongStream.range(0, 160).boxed().toList());
  }

  @Test
  void entriesAreStoredPackedWithTheTypesTheQuerySideReadmeGivesWhetherPushedOrWrittenWhole() {
    ledger.append("a/2024", entries(0, 10)); // a new chunk, written whole
    ledger.append("a/2024", entries(10, 20)); // pushed

    BsonDocument chunk = mongo.getCollection("test_ledger").withDocumentClass(BsonDocument.class)
        .find(new org.bson.Document("_id", "a/2024#0")).first();
    assertThat(chunk.get("chunk").isInt64()).isTrue();
    assertThat(chunk.getInt64("last").getValue()).isEqualTo(19);
    assertThat(chunk.containsKey("entries")).isFalse();
    // one part written whole, one pushed; each the BSON of a document of entries
    List<BsonValue> parts = chunk.getArray("parts").getValues();
    assertThat(parts).hasSize(2).allMatch(BsonValue::isBinary);
    for (int i : new int[] {0, 15}) {
      BsonDocument entry = new RawBsonDocument(parts.get(i / 10).asBinary().getData()).getArray("entries").get(i % 10).asDocument();
      assertThat(entry.getDocument("origin").getInt64("sequence").getValue()).isEqualTo(i);
      assertThat(entry.getDocument("origin").getString("recordedAt").getValue())
          .isEqualTo(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i).toString());
      assertThat(entry.getDocument("origin").containsKey("actor")).isFalse(); // absent, not null
      assertThat(entry.getString("amount").getValue()).isEqualTo(Money.ofFen(i).toString());
      assertThat(entry.get("refersTo").isNull()).isTrue(); // present and null
      assertThat(entry.getDocument("contributions").getInt64("EXPENDITURE_PUBLIC").getValue()).isEqualTo(i);
      assertThat(entry.containsKey("reason")).isFalse();
    }
  }

  @Test
  void aCheckpointIsStoredPacked() {
    DailyFigures figures = DailyFigures.empty();
    figures.add(LocalDate.parse("2024-03-01"), Map.of("EXPENDITURE_PUBLIC", 7L));
    ledger.save("a/2024", List.of(new Checkpoint(1, LedgerDocuments.days(figures))));

    BsonDocument checkpoint = mongo.getCollection("test_checkpoints").withDocumentClass(BsonDocument.class)
        .find(new org.bson.Document("_id", "a/2024#1")).first();
    assertThat(new RawBsonDocument(checkpoint.getBinary("days").getData()))
        .isEqualTo(new BsonDocument("2024-03-01", new BsonDocument("EXPENDITURE_PUBLIC", new BsonInt64(7))));
  }

  @Test
  void chunksAndCheckpointsStoredBeforeEntriesWerePackedAreReadAndAppendedTo() {
    // as versions before packing stored them: entries and days as plain documents
    MongoCollection<org.bson.Document> chunks = mongo.getCollection("test_ledger");
    chunks.insertOne(unpackedChunk(0, entries(0, 500)));
    chunks.insertOne(unpackedChunk(1, entries(500, 510)));
    mongo.getCollection("test_checkpoints").withDocumentClass(BsonDocument.class).insertOne(
        new BsonDocument("_id", new BsonString("a/2024#1")).append("stream", new BsonString("a/2024"))
            .append("checkpoint", new BsonInt64(1)).append("days", LedgerDocuments.days(fold(entries(0, 500)))));

    ledger.append("a/2024", entries(510, 520)); // a part after the unpacked entries

    assertThat(ledger.read("a/2024", 519)).extracting(LedgerEntry::sequence)
        .containsExactlyElementsOf(LongStream.range(0, 520).boxed().toList());
    RecordingIndex recorded = RecordingIndex.of(Map.of());
    entries(0, 520).forEach(recorded::add);
    Instant knownAt = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(505); // chunk 0 whole, chunk 1 in part
    DailyFigures known = ledger.figuresKnownAt("a/2024", 519, recorded, fold(entries(0, 520)), knownAt);
    assertThat(known.copy().days()).isEqualTo(fold(entries(0, 506)).days());
  }

  private static org.bson.Document unpackedChunk(long n, List<LedgerEntry> entries) {
    BsonBinary packed = LedgerDocuments.packedEntries(entries);
    return new org.bson.Document("_id", "a/2024#" + n).append("stream", "a/2024").append("chunk", n)
        .append("last", entries.get(entries.size() - 1).sequence())
        .append("entries", LedgerDocuments.unpacked(new Binary(packed.getData())).getList("entries", org.bson.Document.class));
  }

  private static DailyFigures fold(List<LedgerEntry> entries) {
    DailyFigures figures = DailyFigures.empty();
    entries.forEach(entry -> figures.add(entry.effectiveDate(), entry.contributions()));
    return figures;
  }

  /** A chunk's entries as stored: those of each packed part, in order. */
  private List<org.bson.Document> storedEntries(String chunkId) {
    return LedgerDocuments.chunkEntries(mongo.getCollection("test_ledger").find(new org.bson.Document("_id", chunkId)).first());
  }

  private static List<LedgerEntry> entries(long from, long to) {
    return LongStream.range(from, to)
        .mapToObj(n -> new LedgerEntry(
            new EventOrigin(n, "e" + n, "ExpenditureRecorded", Instant.parse("2024-01-01T00:00:00Z").plusSeconds(n), null, null, null, null),
            LocalDate.parse("2024-01-01").plusDays(n % 300), Money.ofFen(n), "V-" + n, null,
            Map.of("EXPENDITURE_PUBLIC", n), null, null))
        .toList();
  }
}
