package io.fiscaltrail.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import io.fiscaltrail.deploy.faults.CuttableProxy;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service through an outage of MongoDB, which it reaches through a proxy the test cuts: health
 * says DOWN, a write is answered 503 with a problem and stores nothing, and once MongoDB is
 * reachable again the same service, not restarted, is UP, takes writes and reads them back.
 */
@DirtiesContext // its store went away: no later test may reuse this application
@SpringBootTest(
    classes = FiscalTrailApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = TestAccounts.DEMO_ACCOUNTS) // health needs no sign-in, but the service needs an admin
class StoreOutageTest {

  private static final WireServer MONGO = new WireServer();
  private static final CuttableProxy LINK = new CuttableProxy(address(MONGO.uri("outage")));
  private static final String YEAR = "/api/departments/outage/years/2022";

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri",
        () -> "mongodb://127.0.0.1:" + LINK.port() + "/outage?serverSelectionTimeoutMS=2000");
  }

  @AfterAll
  static void stopStore() {
    LINK.close();
    MONGO.close();
  }

  private TestRestTemplate http;
  // Health is open to probes; asked with credentials it would first need the accounts in MongoDB.
  private TestRestTemplate probe;

  @Autowired
  void signIn(TestRestTemplate anonymous) {
    probe = anonymous;
    http = TestAccounts.admin(anonymous);
  }

  @Test
  void answers503WhileMongoDbIsUnreachableAndRecoversWithoutARestart() {
    assertThat(health().getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(post("/api/departments", """
        {"code":"outage","name":"断线","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""")
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long before = MONGO.count("outage", "domainevents");

    LINK.cut();

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      ResponseEntity<JsonNode> down = health();
      assertThat(down.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(down.getBody().get("status").asText()).isEqualTo("DOWN");
      assertThat(down.getBody().at("/components/mongo/status").asText()).isEqualTo("DOWN");
    });
    ResponseEntity<JsonNode> refused = appropriate("100.00");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("store");
    assertThat(MONGO.count("outage", "domainevents")).isEqualTo(before);

    LINK.restore();

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(health().getBody().get("status").asText()).isEqualTo("UP"));
    assertThat(appropriate("200.00").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
      JsonNode budget = http.getForObject(YEAR + "/budget?asOf=2022-12-31", JsonNode.class);
      assertThat(budget.path("appropriated").asText()).isEqualTo("200.00");
    });
  }

  private ResponseEntity<JsonNode> health() {
    return probe.getForEntity("/actuator/health", JsonNode.class);
  }

  private ResponseEntity<JsonNode> appropriate(String amount) {
    return post(YEAR + "/appropriations", """
        {"kind":"INITIAL","amount":"%s","effectiveDate":"2022-03-01","document":"d"}""".formatted(amount));
  }

  private ResponseEntity<JsonNode> post(String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity(path, new HttpEntity<>(json, headers), JsonNode.class);
  }

  private static InetSocketAddress address(String uri) {
    URI parsed = URI.create(uri);
    return new InetSocketAddress(parsed.getHost(), parsed.getPort());
  }
}
