package io.fiscaltrail.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An operator rebuilds a projection over HTTP and follows its progress; the rebuilt figures are
 * the ones the live projection had.
 */
@SpringBootTest(classes = FiscalTrailApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class ProjectionRebuildApiTest {

  private static final WireServer MONGO = new WireServer();
  private static final String BUDGET = "/api/departments/beita-union/years/2022/budget?asOf=2022-12-31";

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("rebuild"));
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

  @Test
  void canRebuildAProjectionAndFollowItsProgress() {
    await().atMost(Duration.ofSeconds(60)).until(() -> allCaughtUp());
    JsonNode before = http.getForObject(BUDGET, JsonNode.class);
    assertThat(before.get("appropriated").asText()).isEqualTo("1492000.00");

    ResponseEntity<JsonNode> started = http.postForEntity("/api/admin/projections/budget-years/rebuild", null, JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(started.getBody().get("name").asText()).isEqualTo("budget-years");
    assertThat(started.getBody().get("head").asLong()).isPositive();

    await().atMost(Duration.ofSeconds(60)).until(() -> allCaughtUp());
    assertThat(http.getForObject(BUDGET, JsonNode.class)).isEqualTo(before);
  }

  @Test
  void cannotRebuildAProjectionThatDoesNotExist() {
    ResponseEntity<JsonNode> response = http.postForEntity("/api/admin/projections/nothing/rebuild", null, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody().get("errors").findValuesAsText("field")).contains("name");
  }

  private boolean allCaughtUp() {
    Map<String, JsonNode> byName = new HashMap<>();
    http.getForObject("/api/admin/projections", JsonNode.class).forEach(p -> byName.put(p.get("name").asText(), p));
    return byName.containsKey("budget-years")
        && byName.values().stream().allMatch(p ->
            p.get("percent").asText().equals("100.00")
                && !p.get("rebuilding").asBoolean()
                && p.get("segmentsClaimed").asInt() == p.get("segments").asInt());
  }
}
