package io.fiscaltrail.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.embedded.EmbeddedMongoProperties;
import io.fiscaltrail.deploy.embedded.WireServer;
import io.fiscaltrail.kernel.budget.AppropriationKind;
import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ExpenditureClassification;
import io.fiscaltrail.kernel.budget.RecordAppropriation;
import io.fiscaltrail.kernel.budget.RecordExpenditure;
import io.fiscaltrail.kernel.budget.ThreePublicCategory;
import io.fiscaltrail.kernel.money.Money;
import io.fiscaltrail.query.ledger.LedgerDocuments;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A projection can be dropped and rebuilt from the events at any time: after resetting every
 * processor's tokens and replaying, the read model is document for document what the live
 * processors had built.
 */
@SpringBootTest(classes = FiscalTrailApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, args = "--demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionReplayTest {

  private static final WireServer MONGO = new WireServer();
  private static final String EMBEDDED_STORE_PROPERTIES = "fiscaltrail";
  /**
   * Everything that is not read model: the store and the processors' positions, the query
   * instances' heartbeats, the unique keys' marker, and the write side's own state (accounts and
   * their trail, idempotency keys).
   */
  private static final Set<String> STORE_COLLECTIONS = Set.of(
      "domainevents", "snapshotevents", "trackingtokens", "eventsequence", "query_instances",
      "uniquekeys", "accounts", "accountchanges", "idempotencykeys");

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("replay"));
  }

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  @Autowired private EventProcessingConfiguration processing;
  @Autowired private MongoTemplate mongo;
  @Autowired private EventStore eventStore;
  @Autowired private TokenStore tokenStore;
  @Autowired private CommandGateway commands;

  /**
   * Besides the demo, a year longer than one ledger chunk (500 entries), so that the read model
   * also holds a full chunk and a checkpoint.
   */
  @BeforeAll
  void aYearLongerThanOneLedgerChunk() {
    BudgetYearId year = BudgetYearId.of("beita-union", 2023);
    LocalDate jan1 = LocalDate.of(2023, 1, 1);
    commands.sendAndWait(new RecordAppropriation(year, AppropriationKind.INITIAL, BudgetLine.BASIC_PUBLIC,
        Money.ofFen(100_000_000), jan1, "年初预算批复 2023", null, null));
    ExpenditureClassification office =
        new ExpenditureClassification(BudgetLine.BASIC_PUBLIC, "2012901", "30201", ThreePublicCategory.NONE, false, false);
    for (int i = 1; i <= 600; i++) {
      commands.sendAndWait(new RecordExpenditure(year, "2023-" + i, Money.ofFen(10_000 + i), jan1.plusDays(i % 365),
          office, "收款人", "办公费 " + i, null));
    }
  }

  @Test
  void canRebuildTheReadModelByReplayAndGetTheSameDocuments() {
    List<StreamingEventProcessor> processors = streamingProcessors();
    assertThat(processors).isNotEmpty();
    awaitCaughtUp(processors);
    Map<String, List<Document>> live = readModel();
    assertThat(live).isNotEmpty();
    assertThat(live.values().stream().mapToInt(List::size).sum()).isPositive();

    processors.forEach(StreamingEventProcessor::shutDown);
    processors.forEach(StreamingEventProcessor::resetTokens);
    assertThat(readModel().values().stream().mapToInt(List::size).sum())
        .as("the reset handlers drop the read model before the replay")
        .isZero();
    processors.forEach(StreamingEventProcessor::start);
    awaitCaughtUp(processors);

    assertThat(readModel()).isEqualTo(live);
  }

  /**
   * The embedded store keeps every read-model collection with the derived ones, in the file only
   * its flush commits: one left out would be committed and fsynced by every write to it, as the
   * ledgers' checkpoints were until a year this long was part of this test.
   */
  @Test
  void theEmbeddedStoreKeepsEveryReadModelCollectionWithTheDerivedOnes() {
    awaitCaughtUp(streamingProcessors());
    Set<String> derived = Binder.get(new StandardEnvironment())
        .bindOrCreate(EMBEDDED_STORE_PROPERTIES, EmbeddedMongoProperties.class)
        .embeddedMongo().derivedCollections();

    assertThat(readModel().keySet()).isNotEmpty();
    assertThat(derived).containsAll(readModel().keySet());
  }

  private List<StreamingEventProcessor> streamingProcessors() {
    List<StreamingEventProcessor> processors = new ArrayList<>();
    processing.eventProcessors().values().forEach(p -> {
      if (p instanceof StreamingEventProcessor streaming) {
        processors.add(streaming);
      }
    });
    return processors;
  }

  /**
   * Every segment of every processor is claimed and has reached the last stored event. (Axon
   * reports a replay as going on until an event beyond the reset point arrives, so "replaying" is
   * not the signal; and a processor that has claimed only some of its segments is not done.)
   */
  private void awaitCaughtUp(List<StreamingEventProcessor> processors) {
    long head = eventStore.createHeadToken().position().orElseThrow();
    await().atMost(Duration.ofSeconds(60)).until(() -> processors.stream().allMatch(p ->
        p.processingStatus().size() == tokenStore.fetchSegments(p.getName()).length
            && p.processingStatus().values().stream().allMatch(s ->
                s.getError() == null && s.getCurrentPosition().orElse(-1) >= head)));
  }

  /** Every read-model collection, its documents in key order, ledger chunks by their entries. */
  private Map<String, List<Document>> readModel() {
    MongoDatabase database = mongo.getDb();
    Map<String, List<Document>> documents = new TreeMap<>();
    for (String name : database.listCollectionNames()) {
      if (!STORE_COLLECTIONS.contains(name)) {
        List<Document> stored = new ArrayList<>();
        database.getCollection(name).find().sort(new Document("_id", 1))
            .forEach(d -> stored.add(LedgerDocuments.withEntriesUnpacked(d)));
        documents.put(name, stored);
      }
    }
    return documents;
  }
}
