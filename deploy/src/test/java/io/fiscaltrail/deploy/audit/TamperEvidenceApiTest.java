package io.fiscaltrail.deploy.audit;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * The hash chain on the real command path (single writes and a multi-stream import), and what
 * {@code /api/audit/verify} says after someone with write access to MongoDB edited, deleted or
 * moved stored events. Each test undoes its tampering, so the store verifies clean again after it.
 */
@SpringBootTest(
    classes = FiscalTrailApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = TestAccounts.DEMO_ACCOUNTS)
class TamperEvidenceApiTest {

  private static final WireServer MONGO = new WireServer();
  private static final String YEAR_2022 = "audit-api/2022";
  private static final String IMPORT = String.join("\n",
      """
      {"type":"department","source":"test","department":"audit-api","name":"审计接口测试单位","authorizedHeadcount":3,"actualHeadcount":3}""",
      """
      {"type":"appropriation","source":"test","department":"audit-api","year":2022,"kind":"INITIAL","amount":"438400.00","effectiveDate":"2022-01-05","document":"北财预〔2022〕1号"}""",
      """
      {"type":"appropriation","source":"test","department":"audit-api","year":2023,"kind":"INITIAL","amount":"500000.00","effectiveDate":"2023-01-05","document":"北财预〔2023〕1号"}""",
      """
      {"type":"appropriation","source":"test","department":"audit-api","year":2022,"kind":"SUPPLEMENTARY","amount":"31400.00","effectiveDate":"2022-07-28","document":"北财预〔2022〕12号","reason":"专项帮扶"}""",
      """
      {"type":"expenditure","source":"test","department":"audit-api","year":2022,"voucher":"V-1","amount":"100.00","effectiveDate":"2022-03-01","line":"BASIC_PUBLIC","functionalClass":"2012901","economicClass":"30201"}""");

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("tamper-api"));
  }

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  @Autowired private MongoTemplate store;
  /** The admin records the department's history; the auditor verifies and writes notes. */
  private TestRestTemplate admin;
  private TestRestTemplate auditor;

  @Autowired
  void signIn(TestRestTemplate anonymous) {
    admin = TestAccounts.admin(anonymous);
    auditor = TestAccounts.auditor(anonymous);
  }

  private static boolean imported;

  @BeforeEach
  void importOnce() {
    if (!imported) {
      ResponseEntity<JsonNode> response =
          send(admin, "/api/import", IMPORT, MediaType.parseMediaType("application/x-ndjson"));
      assertThat(response.getStatusCode().is2xxSuccessful()).as(String.valueOf(response.getBody())).isTrue();
      assertThat(post(admin, "/api/departments/audit-api/years/2022/appropriations", """
          {"kind":"REDUCTION","amount":"0.50","effectiveDate":"2022-09-01","document":"北财预〔2022〕20号","reason":"调减"}""")
          .getStatusCode()).isEqualTo(HttpStatus.CREATED);
      imported = true;
    }
  }

  @AfterEach
  void storeIsCleanAgain() {
    assertThat(get("/api/audit/verify").get("ok").asBoolean()).isTrue();
  }

  @Test
  void eventsStoredByTheCommandSideIncludingAMultiStreamImportVerifyOk() {
    JsonNode verification = get("/api/audit/verify");

    assertThat(verification.get("broken")).isEmpty();
    assertThat(verification.get("ok").asBoolean()).isTrue();
    assertThat(verification.get("streams").asLong()).isEqualTo(3);
    assertThat(verification.get("events").asLong()).isEqualTo(events().countDocuments()).isGreaterThanOrEqualTo(8);
    assertThat(stored(YEAR_2022, 1).getString("previousHash")).isEqualTo(stored(YEAR_2022, 0).getString("hash"));
    assertThat(stored("audit-api/2023", 0).getString("previousHash")).isEqualTo("0".repeat(64));
  }

  @Test
  void anAmountEditedInMongoIsNamed() {
    Document original = stored(YEAR_2022, 1);
    events().updateOne(eq("streamKey", YEAR_2022 + "#1"), Updates.set("payload.amount", "4384000.00"));
    try {
      assertThat(brokenAfterTampering()).singleElement().satisfies(broken -> {
        assertThat(broken.get("stream").asText()).isEqualTo(YEAR_2022);
        assertThat(broken.get("sequence").asLong()).isEqualTo(1);
        assertThat(broken.get("reason").asText()).isEqualTo("hash mismatch");
        assertThat(broken.get("found").asText()).isEqualTo(original.getString("hash"));
        assertThat(broken.get("expected").asText()).hasSize(64).isNotEqualTo(original.getString("hash"));
      });
    } finally {
      events().replaceOne(eq("_id", original.get("_id")), original);
    }
  }

  @Test
  void editedMetaDataIsNamed() {
    Document original = stored(YEAR_2022, 2);
    events().updateOne(eq("streamKey", YEAR_2022 + "#2"), Updates.set("metaData.source", "someone else"));
    try {
      assertThat(brokenAfterTampering()).singleElement().satisfies(broken -> {
        assertThat(broken.get("sequence").asLong()).isEqualTo(2);
        assertThat(broken.get("reason").asText()).isEqualTo("hash mismatch");
      });
    } finally {
      events().replaceOne(eq("_id", original.get("_id")), original);
    }
  }

  @Test
  void anEventDeletedInTheMiddleOfAStreamIsNamed() {
    Document original = stored(YEAR_2022, 2);
    events().deleteOne(eq("_id", original.get("_id")));
    try {
      assertThat(brokenAfterTampering()).singleElement().satisfies(broken -> {
        assertThat(broken.get("stream").asText()).isEqualTo(YEAR_2022);
        assertThat(broken.get("sequence").asLong()).isEqualTo(2);
        assertThat(broken.get("reason").asText()).isEqualTo("sequence gap");
        assertThat(broken.get("expected").asText()).isEqualTo(original.getString("hash"));
        assertThat(broken.get("found").isNull()).isTrue();
      });
    } finally {
      events().insertOne(original);
    }
  }

  @Test
  void theLastEventOfAStreamDeletedIsCaughtByTheDigest() {
    JsonNode digest = get("/api/audit/digest");
    String written = digest.get("digest").asText();
    long position = events().countDocuments();
    assertThat(written).isEqualTo(position + "-" + written.substring(written.indexOf('-') + 1)).matches("\\d+-[0-9a-f]{64}");
    assertThat(digest.get("heads").findValuesAsText("stream")).containsExactly("audit-api", "audit-api/2022", "audit-api/2023");
    assertThat(get("/api/audit/verify?digest=" + written).get("ok").asBoolean()).isTrue();

    Document last = stored("audit-api/2023", 1);
    events().deleteOne(eq("_id", last.get("_id")));
    try {
      JsonNode chainsOnly = get("/api/audit/verify");
      assertThat(chainsOnly.get("ok").asBoolean()).isTrue();
      JsonNode verification = get("/api/audit/verify?digest=" + written);
      assertThat(verification.get("ok").asBoolean()).isFalse();
      assertThat(verification.get("broken")).singleElement().satisfies(broken -> {
        assertThat(broken.get("reason").asText()).isEqualTo("digest mismatch");
        assertThat(broken.get("expected").asText()).isEqualTo(written);
        assertThat(broken.get("found").asText()).startsWith(position + "-").isNotEqualTo(written);
      });
      JsonNode head2023 = verification.get("recomputed").get("heads").get(2);
      assertThat(head2023.get("stream").asText()).isEqualTo("audit-api/2023");
      assertThat(head2023.get("sequence").asLong()).isEqualTo(0);
    } finally {
      events().insertOne(last);
    }
  }

  @Test
  void twoEventsWhoseSequenceNumbersAreSwappedAreNamed() {
    swap(YEAR_2022, 2, 3);
    try {
      assertThat(brokenAfterTampering()).extracting(broken -> broken.get("sequence").asLong() + " " + broken.get("reason").asText())
          .containsExactly("2 reordered", "3 reordered");
    } finally {
      swap(YEAR_2022, 2, 3);
    }
  }

  @Test
  void aBadDigestIsRefusedNamingIt() {
    ResponseEntity<JsonNode> response = auditor.getForEntity("/api/audit/verify?digest=yesterday", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("digest");
  }

  @Test
  void anAuditorsNoteIsStoredOnTheChainAndReadBackAndABadOneStoresNothing() {
    ResponseEntity<JsonNode> recorded = post(auditor, "/api/departments/audit-api/years/2022/audit-notes", """
        {"text":"追加预算的批复文件未附","subject":"APPROPRIATION_SUPPLEMENTARY","document":"审计底稿 4"}""");
    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(recorded.getBody().get("type").asText()).isEqualTo("AuditNoteRecorded");
    String eventId = recorded.getBody().get("eventId").asText();

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(get("/api/departments/audit-api/years/2022/audit-notes").findValuesAsText("eventId")).contains(eventId));
    JsonNode note = iterable(get("/api/departments/audit-api/years/2022/audit-notes")).stream()
        .filter(n -> n.get("eventId").asText().equals(eventId)).findFirst().orElseThrow();
    assertThat(note.get("text").asText()).isEqualTo("追加预算的批复文件未附");
    assertThat(note.get("subject").asText()).isEqualTo("APPROPRIATION_SUPPLEMENTARY");
    assertThat(note.get("document").asText()).isEqualTo("审计底稿 4");
    assertThat(note.get("recordedAt").asText()).isNotBlank();
    JsonNode listed = iterable(get("/api/departments/audit-api/years/2022/timeline?type=AuditNoteRecorded")).stream()
        .filter(n -> n.get("eventId").asText().equals(eventId)).findFirst().orElseThrow();
    assertThat(listed.get("actor").asText()).isEqualTo("auditor");
    assertThat(listed.get("description").asText()).contains("追加预算的批复文件未附");

    long before = events().countDocuments();
    ResponseEntity<JsonNode> refused = post(auditor, "/api/departments/audit-api/years/2022/audit-notes", """
        {"text":"  ","subject":7}""");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("text", "subject");
    ResponseEntity<JsonNode> noYear = post(auditor, "/api/departments/audit-api/years/2030/audit-notes", """
        {"text":"nothing recorded"}""");
    assertThat(noYear.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(events().countDocuments()).isEqualTo(before);
  }

  private List<JsonNode> brokenAfterTampering() {
    JsonNode verification = get("/api/audit/verify");
    assertThat(verification.get("ok").asBoolean()).isFalse();
    return iterable(verification.get("broken"));
  }

  private static List<JsonNode> iterable(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  /** As someone with write access to MongoDB would: swap numbers and keys; the unique index forces three steps. */
  private void swap(String stream, long one, long other) {
    events().updateOne(eq("streamKey", stream + "#" + one),
        Updates.combine(Updates.set("streamKey", "moving"), Updates.set("sequenceNumber", other)));
    events().updateOne(eq("streamKey", stream + "#" + other),
        Updates.combine(Updates.set("streamKey", stream + "#" + one), Updates.set("sequenceNumber", one)));
    events().updateOne(eq("streamKey", "moving"), Updates.set("streamKey", stream + "#" + other));
  }

  private Document stored(String stream, long sequence) {
    return events().find(eq("streamKey", stream + "#" + sequence)).first();
  }

  private MongoCollection<Document> events() {
    return store.eventCollection();
  }

  private static ResponseEntity<JsonNode> post(TestRestTemplate client, String path, String json) {
    return send(client, path, json, MediaType.APPLICATION_JSON);
  }

  private static ResponseEntity<JsonNode> send(TestRestTemplate client, String path, String body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return client.postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private JsonNode get(String path) {
    ResponseEntity<JsonNode> response = auditor.getForEntity(path, JsonNode.class);
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
