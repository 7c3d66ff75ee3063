package io.fiscaltrail.deploy.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Every stored event says who recorded it (the signed-in account) and for which request: the actor, the correlation id
 * (the client's, or a new one, echoed in the answer), the idempotency key and the client address
 * travel from the request through the command into the event's metadata, and the timeline and the
 * trace of a figure show them.
 */
class RequestMetadataTest extends RunningService {

  private static final String CORRELATION = "X-Correlation-Id";

  @Test
  void everyStoredEventCarriesTheActorTheCorrelationIdTheKeyAndTheClientAddress() {
    Answer registered = postJson("/api/departments", """
        {"code":"meta","name":"元数据","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""",
        CORRELATION, "audit-trail-42", "Idempotency-Key", "register-meta-1");
    assertThat(registered.status()).isEqualTo(201);
    assertThat(registered.headers().getFirst(CORRELATION)).isEqualTo("audit-trail-42");

    Document metaData = storedMetaData(registered.json().get("eventId").asText());
    assertThat(metaData.getString("actor")).isEqualTo("admin");
    assertThat(metaData.getString("correlationId")).isEqualTo("audit-trail-42");
    assertThat(metaData.getString("idempotencyKey")).isEqualTo("register-meta-1");
    assertThat(metaData.getString("clientAddress")).isEqualTo("127.0.0.1");
  }

  @Test
  void aMissingOrMalformedCorrelationIdIsReplacedByANewOneThatTheEventsShare() {
    Answer appropriated = postJson("/api/departments", """
        {"code":"meta-new","name":"新编号","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""",
        CORRELATION, "{\"$gt\":\"\"}", "X-Forwarded-For", "203.0.113.9");
    String given = appropriated.headers().getFirst(CORRELATION);
    assertThat(UUID.fromString(given)).isNotNull();

    Document metaData = storedMetaData(appropriated.json().get("eventId").asText());
    assertThat(metaData.getString("correlationId")).isEqualTo(given);
    assertThat(metaData.getString("clientAddress"))
        .as("X-Forwarded-For counts only with server.forward-headers-strategy set")
        .isEqualTo("127.0.0.1");
    assertThat(metaData.containsKey("idempotencyKey")).isFalse();
  }

  @Test
  void theTimelineAndTheTraceShowWhoRecordedEachFactForWhichRequest() {
    postJson("/api/departments", """
        {"code":"meta-shown","name":"展示","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""");
    Answer recorded = postJson("/api/departments/meta-shown/years/2022/appropriations", """
        {"kind":"INITIAL","amount":"100.00","effectiveDate":"2022-01-05","document":"d"}""",
        CORRELATION, "shown-1", "Idempotency-Key", "shown-key");
    String eventId = recorded.json().get("eventId").asText();

    await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
      JsonNode timeline = get("/api/departments/meta-shown/years/2022/timeline?asOf=2022-12-31");
      assertShowsOrigin(timeline.get(0), eventId);
      JsonNode trace = get("/api/departments/meta-shown/years/2022/trace?figure=APPROPRIATION_TOTAL&asOf=2022-12-31");
      assertShowsOrigin(trace.findParent("correlationId"), eventId);
    });
  }

  private static void assertShowsOrigin(JsonNode entry, String eventId) {
    assertThat(entry.toString()).contains(eventId);
    assertThat(entry.get("actor").asText()).isEqualTo("admin");
    assertThat(entry.get("correlationId").asText()).isEqualTo("shown-1");
    assertThat(entry.get("idempotencyKey").asText()).isEqualTo("shown-key");
    assertThat(entry.get("clientAddress").asText()).isEqualTo("127.0.0.1");
  }

  private static Document storedMetaData(String eventId) {
    try (MongoClient client = MongoClients.create(MONGO.uri(DATABASE))) {
      Document event = client.getDatabase(DATABASE).getCollection("domainevents")
          .find(Filters.eq("eventIdentifier", eventId)).first();
      assertThat(event).as("event " + eventId + " is stored").isNotNull();
      return event.get("metaData", Document.class);
    }
  }
}
