package io.fiscaltrail.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import io.fiscaltrail.eventstore.GlobalSequenceAllocator;
import io.fiscaltrail.kernel.budget.InitialAppropriationApproved;
import io.fiscaltrail.kernel.budget.SupplementaryAllocationGranted;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A supplementary allocation stored in its first revision (no revision, no approving authority),
 * written into the store as that revision wrote it, reads back through the real event store as
 * revision 2 with the authority "not recorded", on the query side (the tracker) and the command
 * side (the year still takes commands) alike.
 */
@SpringBootTest(
    classes = FiscalTrailApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = TestAccounts.DEMO_ACCOUNTS)
class FirstRevisionEventsTest {

  private static final WireServer MONGO = new WireServer();
  private static final String DATABASE = "first-revision";
  private static final String STREAM = "old-rev/2022";
  private static final String YEAR = "/api/departments/old-rev/years/2022";

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri(DATABASE));
  }

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  private TestRestTemplate http;
  @Autowired private MongoTemplate store;
  @Autowired private EventStore eventStore;
  @Autowired private MongoClient mongo;

  @Autowired
  void signIn(TestRestTemplate anonymous) {
    http = TestAccounts.admin(anonymous);
  }

  @Test
  void aFirstRevisionAllocationReadsAsNotRecordedAndANewOneKeepsItsAuthority() {
    assertThat(post("/api/departments", """
        {"code":"old-rev","name":"旧版本单位","authorizedHeadcount":3,"actualHeadcount":3,"divisions":1}""")
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(appropriate("INITIAL", "100000.00", "2022-01-05", "").getStatusCode()).isEqualTo(HttpStatus.CREATED);

    String oldEventId = insertFirstRevisionAllocation();

    DomainEventMessage<?> loaded = eventStore.readEvents(STREAM).asStream()
        .filter(m -> m.getIdentifier().equals(oldEventId)).findFirst().orElseThrow();
    assertThat(loaded.getPayload()).isInstanceOfSatisfying(SupplementaryAllocationGranted.class, granted -> {
      assertThat(granted.approvedBy()).isEqualTo(SupplementaryAllocationGranted.NOT_RECORDED);
      assertThat(granted.reason()).isEqualTo("困难职工帮扶");
    });

    assertThat(appropriate("SUPPLEMENTARY", "5000.00", "2022-09-01",
        ",\"reason\":\"防汛\",\"approvedBy\":\"区财政局 张某\"").getStatusCode()).isEqualTo(HttpStatus.CREATED);

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      JsonNode tracker = http.getForObject(YEAR + "/supplementary-allocations?asOf=2022-12-31", JsonNode.class);
      assertThat(tracker.get("allocations")).hasSize(2);
      assertThat(tracker.get("allocations").findValuesAsText("approvedBy"))
          .containsExactly(SupplementaryAllocationGranted.NOT_RECORDED, "区财政局 张某");
      assertThat(tracker.get("supplementary").asText()).isEqualTo("36400.00");
    });
  }

  /** What revision 1 stored: the initial appropriation's document with the older event's fields, no revision. */
  private String insertFirstRevisionAllocation() {
    var events = store.eventCollection();
    Document initial = events.find(new Document("aggregateIdentifier", STREAM)
        .append("payloadType", InitialAppropriationApproved.class.getName())).first();
    long sequence = events.countDocuments(new Document("aggregateIdentifier", STREAM));
    long globalSequence = new GlobalSequenceAllocator(
        mongo.getDatabase(DATABASE).getCollection(GlobalSequenceAllocator.DEFAULT_COLLECTION)).allocate(1);
    String eventId = UUID.randomUUID().toString();
    Document payload = new Document(initial.get("payload", Document.class));
    payload.put("amount", "31400.00");
    payload.put("effectiveDate", "2022-07-28");
    payload.put("document", "北财预〔2022〕12号");
    payload.put("reason", "困难职工帮扶");
    Instant now = Instant.now();
    Document old = new Document(initial)
        .append("_id", globalSequence)
        .append("streamKey", STREAM + "#" + sequence)
        .append("sequenceNumber", sequence)
        .append("eventIdentifier", eventId)
        .append("timestamp", now.toString())
        .append("payloadType", SupplementaryAllocationGranted.class.getName())
        .append("payloadRevision", null)
        .append("payload", payload)
        .append("commitFirst", sequence)
        .append("commitLast", sequence)
        .append("recordedAt", Date.from(now));
    assertThat(payload.keySet()).doesNotContain("approvedBy");
    events.insertOne(old);
    return eventId;
  }

  private ResponseEntity<JsonNode> appropriate(String kind, String amount, String date, String extra) {
    return post(YEAR + "/appropriations", """
        {"kind":"%s","amount":"%s","effectiveDate":"%s","document":"北财预〔2022〕1号"%s}"""
        .formatted(kind, amount, date, extra));
  }

  private ResponseEntity<JsonNode> post(String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity(path, new HttpEntity<>(json, headers), JsonNode.class);
  }
}
