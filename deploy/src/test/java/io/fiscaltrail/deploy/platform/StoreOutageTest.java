package io.fiscaltrail.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Health tells the truth about the store: UP while MongoDB answers, DOWN once it is gone. */
@DirtiesContext // its store is gone: no later test may reuse this application
@SpringBootTest(
    classes = FiscalTrailApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = TestAccounts.DEMO_ACCOUNTS) // health needs no sign-in, but the service needs an admin
class StoreOutageTest {

  private static final WireServer MONGO = new WireServer();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("outage") + "?serverSelectionTimeoutMS=2000");
  }

  @Autowired private TestRestTemplate http;

  @Test
  void reportsHealthDownWhenMongoDbIsUnreachable() {
    ResponseEntity<JsonNode> up = http.getForEntity("/actuator/health", JsonNode.class);
    assertThat(up.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(up.getBody().get("status").asText()).isEqualTo("UP");

    MONGO.close();

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      ResponseEntity<JsonNode> down = http.getForEntity("/actuator/health", JsonNode.class);
      assertThat(down.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(down.getBody().get("status").asText()).isEqualTo("DOWN");
      assertThat(down.getBody().at("/components/mongo/status").asText()).isEqualTo("DOWN");
    });
  }
}
