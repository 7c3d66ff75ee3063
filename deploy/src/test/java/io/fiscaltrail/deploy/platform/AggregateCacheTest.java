package io.fiscaltrail.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import io.fiscaltrail.kernel.money.Money;
import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.InitialAppropriationApproved;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A command on an aggregate this process already holds reads neither its snapshot nor its events
 * (and, when it appends, nothing at all), even after a garbage collection, and one whose stream
 * another writer extended meanwhile is not decided on the stale state it held.
 */
@SpringBootTest(
    classes = {FiscalTrailApplication.class, AggregateCacheTest.StreamReads.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = TestAccounts.DEMO_ACCOUNTS)
class AggregateCacheTest {

  private static final WireServer MONGO = new WireServer();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("aggregate-cache"));
  }

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  /** The reads that load an aggregate: its snapshot, or its events by stream key. */
  @TestConfiguration
  static class StreamReads {
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Bean
    MongoClientSettingsBuilderCustomizer countStreamReads() {
      return settings -> settings.addCommandListener(new CommandListener() {
        @Override
        public void commandStarted(CommandStartedEvent event) {
          BsonDocument command = event.getCommand();
          if (!event.getCommandName().equals("find")) {
            return;
          }
          String collection = command.getString("find").getValue();
          boolean snapshotRead = collection.equals("snapshotevents");
          boolean streamRead = collection.equals("domainevents") && command.toJson().contains("streamKey");
          if (snapshotRead || streamRead) {
            SEEN.add(collection + " " + command.get("filter").asDocument().toJson());
          }
        }
      });
    }
  }

  private TestRestTemplate http;

  @Autowired
  void signIn(TestRestTemplate anonymous) {
    http = TestAccounts.admin(anonymous);
  }

  @Autowired private EventStore eventStore;

  @Test
  void aSecondCommandThatAppendsToAYearReadsNothingOfIt() {
    yearHeldInTheCache("cached");

    assertThat(appropriate("cached", "INITIAL", "200.00")).isEqualTo(HttpStatus.CREATED);

    // its event takes number 2 of the year's stream: had another writer stored a #2, the unique
    // stream key would have refused the append
    assertThat(StreamReads.SEEN).isEmpty();
  }

  @Test
  void aYearStaysHeldThroughAGarbageCollection() {
    yearHeldInTheCache("collected");

    System.gc(); // a full collection: it clears every weak reference, so a weak cache would forget the year

    assertThat(appropriate("collected", "INITIAL", "200.00")).isEqualTo(HttpStatus.CREATED);
    assertThat(StreamReads.SEEN).isEmpty();
  }

  @Test
  void aRefusalOnACachedYearIsConfirmedByOneLookupOfTheStream() {
    yearHeldInTheCache("refused");

    assertThat(appropriate("refused", "REDUCTION", "100.01")).isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(StreamReads.SEEN).containsExactly("domainevents {\"streamKey\": \"refused/2022#2\"}");
  }

  @Test
  void aStreamExtendedByAnotherWriterIsReloadedBeforeTheCommandIsDecided() {
    register("stale");
    appropriate("stale", "INITIAL", "100.00");
    appropriate("stale", "INITIAL", "200.00");
    BudgetYearId year = BudgetYearId.of("stale", 2022);
    appendBehindThisProcess(year, "500.00");

    // allowed only on the year as stored (800.00), not as this process held it (300.00)
    assertThat(appropriate("stale", "REDUCTION", "800.00")).isEqualTo(HttpStatus.CREATED);
    assertThat(appropriate("stale", "REDUCTION", "0.01")).isEqualTo(HttpStatus.BAD_REQUEST);

    // an append on the stale year collides with the other writer's event and is retried on the stored year
    appendBehindThisProcess(year, "40.00");
    assertThat(appropriate("stale", "REDUCTION", "40.00")).isEqualTo(HttpStatus.CREATED);
    assertThat(appropriate("stale", "REDUCTION", "0.01")).isEqualTo(HttpStatus.BAD_REQUEST);

    long last = eventStore.lastSequenceNumberFor(year.toString()).orElseThrow();
    assertThat(eventStore.readEvents(year.toString()).asStream().map(e -> e.getSequenceNumber()).toList())
        .containsExactlyElementsOf(LongStream.rangeClosed(0, last).boxed().toList());
  }

  /** A department whose 2022 year (events 0 and 1, 100.00) this process holds; the reads seen so far forgotten. */
  private void yearHeldInTheCache(String code) {
    register(code);
    appropriate(code, "INITIAL", "100.00");
    StreamReads.SEEN.clear();
  }

  /** What another command-side instance would do: append an initial appropriation to the year. */
  private void appendBehindThisProcess(BudgetYearId year, String amount) {
    long next = eventStore.lastSequenceNumberFor(year.toString()).orElseThrow() + 1;
    eventStore.publish(new GenericDomainEventMessage<>("BudgetYear", year.toString(), next,
        new InitialAppropriationApproved(year, BudgetLine.UNASSIGNED, Money.parse(amount),
            LocalDate.of(2022, 1, 1), "elsewhere", null)));
  }

  private void register(String code) {
    assertThat(post("/api/departments", """
        {"code":"%s","name":"缓存","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""".formatted(code)))
        .isEqualTo(HttpStatus.CREATED);
  }

  private HttpStatus appropriate(String code, String kind, String amount) {
    return post("/api/departments/" + code + "/years/2022/appropriations", """
        {"kind":"%s","amount":"%s","effectiveDate":"2022-03-01","document":"d","reason":"r"}""".formatted(kind, amount));
  }

  private HttpStatus post(String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return HttpStatus.valueOf(http.postForEntity(path, new HttpEntity<>(json, headers), String.class)
        .getStatusCode().value());
  }
}
