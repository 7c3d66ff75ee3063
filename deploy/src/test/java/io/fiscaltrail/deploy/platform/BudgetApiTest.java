package io.fiscaltrail.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import java.time.Duration;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * The first slice over HTTP, on the all-in-one application and a MongoDB wire server: what is
 * accepted is stored and folded into the budget as of any date; what is refused is named field
 * by field and stores nothing.
 */
@SpringBootTest(
    classes = FiscalTrailApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = TestAccounts.DEMO_ACCOUNTS)
class BudgetApiTest {

  private static final WireServer MONGO = new WireServer();
  private static final String YEAR = "/api/departments/budget-api/years/2022";

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("budget-api"));
  }

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  private TestRestTemplate http;
  @Autowired private MongoTemplate store;

  @Autowired
  void signIn(TestRestTemplate anonymous) {
    http = TestAccounts.admin(anonymous);
  }

  @BeforeEach
  void registerOnce() {
    post("/api/departments", """
        {"code":"budget-api","name":"测试单位","authorizedHeadcount":5,"actualHeadcount":4,"divisions":2}""");
  }

  @Test
  void canRecordAppropriationsAndReadTheBudgetAsOfAnyDate() {
    ResponseEntity<JsonNode> initial = appropriate("INITIAL", "438400.00", "2022-01-05", null);
    assertThat(initial.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(initial.getBody().get("eventId").asText()).isNotBlank();
    assertThat(initial.getBody().get("stream").asText()).isEqualTo("budget-api/2022");
    assertThat(appropriate("SUPPLEMENTARY", "31400", "2022-07-28", "专项帮扶资金").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(appropriate("REDUCTION", "0.50", "2022-09-01", "调减").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      JsonNode yearEnd = get(YEAR + "/budget?asOf=2022-12-31");
      assertThat(yearEnd.get("asOf").asText()).isEqualTo("2022-12-31");
      assertThat(yearEnd.get("initial").asText()).isEqualTo("438400.00");
      assertThat(yearEnd.get("supplementary").asText()).isEqualTo("31400.00");
      assertThat(yearEnd.get("reductions").asText()).isEqualTo("0.50");
      assertThat(yearEnd.get("appropriated").asText()).isEqualTo("469799.50");
      assertThat(yearEnd.get("spent").asText()).isEqualTo("0.00");
    });
    JsonNode midYear = get(YEAR + "/budget?asOf=2022-06-30");
    assertThat(midYear.get("supplementary").asText()).isEqualTo("0.00");
    assertThat(midYear.get("appropriated").asText()).isEqualTo("438400.00");
    JsonNode beforeAnything = get(YEAR + "/budget?asOf=2022-01-04");
    assertThat(beforeAnything.get("appropriated").asText()).isEqualTo("0.00");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unparseable JSON | {\"kind\":\"INITIAL\",  | body",
        "unknown kind | {\"kind\":\"GIFT\",\"amount\":\"1.00\",\"effectiveDate\":\"2022-03-01\",\"document\":\"d\"} | kind",
        "negative amount | {\"kind\":\"INITIAL\",\"amount\":\"-1.00\",\"effectiveDate\":\"2022-03-01\",\"document\":\"d\"} | amount",
        "three decimals | {\"kind\":\"INITIAL\",\"amount\":\"1.005\",\"effectiveDate\":\"2022-03-01\",\"document\":\"d\"} | amount",
        "amount not a number | {\"kind\":\"INITIAL\",\"amount\":\"lots\",\"effectiveDate\":\"2022-03-01\",\"document\":\"d\"} | amount",
        "zero amount | {\"kind\":\"INITIAL\",\"amount\":\"0\",\"effectiveDate\":\"2022-03-01\",\"document\":\"d\"} | amount",
        "date outside the year | {\"kind\":\"INITIAL\",\"amount\":\"1.00\",\"effectiveDate\":\"2023-01-01\",\"document\":\"d\"} | effectiveDate",
        "date not a date | {\"kind\":\"INITIAL\",\"amount\":\"1.00\",\"effectiveDate\":\"01/03/2022\",\"document\":\"d\"} | effectiveDate",
        "missing document | {\"kind\":\"INITIAL\",\"amount\":\"1.00\",\"effectiveDate\":\"2022-03-01\"} | document",
        "supplementary without reason | {\"kind\":\"SUPPLEMENTARY\",\"amount\":\"1.00\",\"effectiveDate\":\"2022-03-01\",\"document\":\"d\"} | reason",
        "reduction beyond the budget | {\"kind\":\"REDUCTION\",\"amount\":\"99999999.00\",\"effectiveDate\":\"2022-03-01\",\"document\":\"d\",\"reason\":\"r\"} | amount",
      })
  void cannotRecordABadAppropriationAndStoresNothing(String caseName, String body, String field) {
    long before = storedEvents();
    ResponseEntity<JsonNode> response = post(YEAR + "/appropriations", body);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(response.getBody().get("errors").findValuesAsText("field")).contains(field);
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void cannotAppropriateForAnUnknownDepartmentAndStoresNothing() {
    long before = storedEvents();
    ResponseEntity<JsonNode> response = post("/api/departments/nobody/years/2022/appropriations", """
        {"kind":"INITIAL","amount":"1.00","effectiveDate":"2022-03-01","document":"d"}""");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody().get("errors").findValuesAsText("field")).contains("department");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void cannotRegisterADepartmentTwiceOrWithABadCode() {
    long before = storedEvents();
    ResponseEntity<JsonNode> again = post("/api/departments", """
        {"code":"budget-api","name":"again","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    ResponseEntity<JsonNode> badCode = post("/api/departments", """
        {"code":"Bad Code","name":"x","authorizedHeadcount":"three","divisions":0}""");
    assertThat(badCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badCode.getBody().get("errors").findValuesAsText("field"))
        .contains("code", "authorizedHeadcount", "actualHeadcount");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void cannotReadTheBudgetOfAnUnknownDepartmentOrWithABadDate() {
    assertThat(http.getForEntity("/api/departments/nobody/years/2022/budget", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(http.getForEntity(YEAR + "/budget", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK));
    ResponseEntity<JsonNode> badDate = http.getForEntity(YEAR + "/budget?asOf=June", JsonNode.class);
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody().get("errors").findValuesAsText("field")).contains("asOf");
  }

  @Test
  void reportsHealthUpWhenTheStoreAnswers() {
    JsonNode health = http.getForObject("/actuator/health", JsonNode.class);
    assertThat(health.get("status").asText()).isEqualTo("UP");
    // OUT_OF_SERVICE until the application is ready
    assertThat(health.at("/components/readinessState/status").asText()).isEqualTo("UP");
  }

  private long storedEvents() {
    return store.eventCollection().countDocuments();
  }

  private ResponseEntity<JsonNode> appropriate(String kind, String amount, String date, String reason) {
    String reasonField = reason == null ? "" : ",\"reason\":\"" + reason + "\"";
    return post(YEAR + "/appropriations", """
        {"kind":"%s","amount":"%s","effectiveDate":"%s","document":"北财预〔2022〕1号"%s}"""
        .formatted(kind, amount, date, reasonField));
  }

  private ResponseEntity<JsonNode> post(String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity(path, new HttpEntity<>(json, headers), JsonNode.class);
  }

  private JsonNode get(String path) {
    ResponseEntity<JsonNode> response = http.getForEntity(path, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
