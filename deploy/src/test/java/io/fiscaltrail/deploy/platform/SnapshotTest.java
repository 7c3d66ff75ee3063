package io.fiscaltrail.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.Filters;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import java.time.Duration;
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
 * A long fiscal year is snapshotted (on the snapshotter's own thread), and commands after the
 * snapshot start from it and still see the whole year.
 */
@SpringBootTest(
    classes = FiscalTrailApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "fiscaltrail.command.snapshot-threshold=5",
        // every command loads its year from the store, so the snapshot is what it starts from
        "fiscaltrail.command.cache-aggregates=false",
        TestAccounts.DEMO_ACCOUNTS})
class SnapshotTest {

  private static final WireServer MONGO = new WireServer();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("snapshots"));
  }

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  private TestRestTemplate http;

  @Autowired
  void signIn(TestRestTemplate anonymous) {
    http = TestAccounts.admin(anonymous);
  }
  @Autowired private MongoTemplate store;

  @Test
  void canContinueAYearFromItsSnapshot() {
    post("/api/departments", """
        {"code":"long-year","name":"长年","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""");
    for (int i = 1; i <= 12; i++) {
      post("/api/departments/long-year/years/2022/appropriations", """
          {"kind":"INITIAL","amount":"%d.00","effectiveDate":"2022-03-01","document":"d"}""".formatted(i));
    }
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      Document snapshot = store.snapshotCollection().find(Filters.eq("_id", "long-year/2022")).first();
      assertThat(snapshot).isNotNull();
      assertThat(snapshot.get("sequenceNumber", Number.class).longValue()).isGreaterThanOrEqualTo(5);
    });
    // a reduction of everything appropriated is allowed only if the state restored from the
    // snapshot plus the later events knows every appropriation: 1 + 2 + ... + 12 = 78
    post("/api/departments/long-year/years/2022/appropriations", """
        {"kind":"REDUCTION","amount":"78.00","effectiveDate":"2022-04-01","document":"d","reason":"全部调减"}""");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.postForEntity("/api/departments/long-year/years/2022/appropriations", new HttpEntity<>("""
        {"kind":"REDUCTION","amount":"0.01","effectiveDate":"2022-04-02","document":"d","reason":"再调减"}""", headers),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /**
   * The snapshot holds no vouchers (a year of 66,000 vouchers outgrew MongoDB's 16 MB document
   * limit), yet every voucher rule holds for vouchers recorded before it.
   */
  @Test
  void keepsTheVoucherRulesForVouchersBeforeTheSnapshotThatDoesNotHoldThem() {
    post("/api/departments", """
        {"code":"many-vouchers","name":"多凭证","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""");
    for (int i = 1; i <= 12; i++) {
      assertThat(importExpenditure("V" + i, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      Document snapshot = store.snapshotCollection().find(Filters.eq("_id", "many-vouchers/2022")).first();
      assertThat(snapshot).isNotNull();
      // V1 and V2, which the rules below need, were recorded before it (sequences 1 and 2)
      assertThat(snapshot.get("sequenceNumber", Number.class).longValue()).isGreaterThanOrEqualTo(5);
      assertThat(snapshot.toJson()).doesNotContain("V1");
    });

    assertThat(conflictOf(importExpenditure("V1", null))).contains("voucher V1 is already recorded in this year");
    assertThat(importReversal("V1").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(conflictOf(importReversal("V1"))).contains("voucher V1 is already reversed");
    assertThat(conflictOf(importExpenditure("V13", "V1"))).contains("voucher V1 is already reversed");
    assertThat(importExpenditure("V13", "V2").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(conflictOf(importReversal("V2"))).contains("voucher V2 is already reversed");
    assertThat(refusalOf(importReversal("V99"))).contains("no voucher V99 was recorded in this year");
  }

  private ResponseEntity<String> importExpenditure(String voucher, String corrects) {
    return importRecord("""
        {"type":"expenditure","source":"test","department":"many-vouchers","year":2022,"voucher":"%s",\
        "amount":"10.00","effectiveDate":"2022-03-01","line":"BASIC_PUBLIC","functionalClass":"2012901",\
        "economicClass":"30201"%s}""".formatted(voucher, corrects == null ? "" : ",\"corrects\":\"" + corrects + "\""));
  }

  private ResponseEntity<String> importReversal(String voucher) {
    return importRecord("""
        {"type":"reversal","source":"test","department":"many-vouchers","year":2022,"voucher":"%s",\
        "effectiveDate":"2022-06-01","document":"红字","reason":"重复报销"}""".formatted(voucher));
  }

  private ResponseEntity<String> importRecord(String line) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("application/x-ndjson"));
    return http.postForEntity("/api/import", new HttpEntity<>(line + "\n", headers), String.class);
  }

  /** An import is refused as a whole, with the problem of each refused record. */
  private static String refusalOf(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return response.getBody();
  }

  /** An import that only clashes with what is stored (a voucher taken or reversed) is a conflict. */
  private static String conflictOf(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    return response.getBody();
  }

  private void post(String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.postForEntity(path, new HttpEntity<>(json, headers), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }
}
