package io.fiscaltrail.deploy.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.access.account.DemoAccounts;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Accounts over HTTP: ADMIN creates, lists, changes and deletes them; passwords are stored as
 * bcrypt hashes (cost 10; the published demo passwords at the cheapest cost) and never answered; bad input is named field by field and stores nothing; every
 * change is in the append-only trail with who made it.
 */
@SpringBootTest(
    classes = FiscalTrailApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = TestAccounts.DEMO_ACCOUNTS)
class AccountAdministrationTest {

  private static final WireServer MONGO = new WireServer();

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("accounts"));
  }

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  @Autowired private TestRestTemplate anonymous;
  @Autowired private MongoTemplate mongo;

  @Test
  void storesTheDemoAccountsWithBcryptHashesOnly() {
    for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
      Document stored = mongo.findById(demo.username(), Document.class, "accounts");
      assertThat(stored).as(demo.username()).isNotNull();
      assertThat(stored.getString("passwordHash")).as("the cheapest bcrypt for a published password")
          .startsWith("{bcrypt}$2a$04$").doesNotContain(demo.password());
      assertThat(stored.toJson()).doesNotContain(demo.password());
    }
    Document recorder = mongo.findById("recorder", Document.class, "accounts");
    assertThat(recorder.getList("roles", String.class)).containsExactly("RECORDER");
    assertThat(recorder.getList("departments", String.class)).containsExactly("beita-union");
  }

  @Test
  void canCreateChangeAndDeleteAnAccountTraceably() {
    TestRestTemplate admin = TestAccounts.admin(anonymous);
    ResponseEntity<JsonNode> created = admin.postForEntity("/api/admin/accounts", json("""
        {"username":"li.na","password":"correct horse","roles":["RECORDER"],"departments":["beita-union"]}"""),
        JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().toString()).doesNotContain("correct horse").doesNotContain("bcrypt");
    assertThat(mongo.findById("li.na", Document.class, "accounts").getString("passwordHash"))
        .startsWith("{bcrypt}$2a$10$").doesNotContain("correct horse");

    TestRestTemplate liNa = anonymous.withBasicAuth("li.na", "correct horse");
    assertThat(liNa.getForEntity("/api/departments/beita-union", String.class).getStatusCode())
        .as("signed in; the department is not registered here").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(liNa.getForEntity("/api/departments/other-unit", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<JsonNode> changed = admin.exchange("/api/admin/accounts/li.na", HttpMethod.PUT, json("""
        {"roles":["RECORDER"],"departments":["other-unit"]}"""), JsonNode.class);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(liNa.getForEntity("/api/departments/other-unit", String.class).getStatusCode())
        .as("the password is kept, the departments changed").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(liNa.getForEntity("/api/departments/beita-union", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    JsonNode listed = admin.getForObject("/api/admin/accounts", JsonNode.class);
    assertThat(listed.findValuesAsText("username")).contains("admin", "auditor", "recorder", "li.na");
    assertThat(listed.toString()).doesNotContain("passwordHash").doesNotContain("$2");

    assertThat(admin.exchange("/api/admin/accounts/li.na", HttpMethod.DELETE, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(liNa.getForEntity("/api/departments/other-unit", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    JsonNode trail = admin.getForObject("/api/admin/account-changes", JsonNode.class);
    JsonNode liNasChanges = trail.findParents("username").stream()
        .filter(c -> c.get("username").asText().equals("li.na"))
        .collect(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance::arrayNode,
            com.fasterxml.jackson.databind.node.ArrayNode::add, com.fasterxml.jackson.databind.node.ArrayNode::addAll);
    assertThat(liNasChanges.findValuesAsText("action")).containsExactly("CREATED", "UPDATED", "DELETED");
    assertThat(liNasChanges.findValuesAsText("actor")).containsOnly("admin");
    assertThat(liNasChanges.findValuesAsText("at")).allSatisfy(at -> assertThat(at).isNotBlank());
    assertThat(trail.toString()).doesNotContain("correct horse");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no username | {\"password\":\"long enough\",\"roles\":[\"AUDITOR\"]} | username",
        "bad username | {\"username\":\"Li Na\",\"password\":\"long enough\",\"roles\":[\"AUDITOR\"]} | username",
        "short password | {\"username\":\"li.na\",\"password\":\"short\",\"roles\":[\"AUDITOR\"]} | password",
        "no roles | {\"username\":\"li.na\",\"password\":\"long enough\",\"roles\":[]} | roles",
        "unknown role | {\"username\":\"li.na\",\"password\":\"long enough\",\"roles\":[\"ROOT\"]} | roles",
        "recorder without departments | {\"username\":\"li.na\",\"password\":\"long enough\",\"roles\":[\"RECORDER\"]} | departments",
        "bad department code | {\"username\":\"li.na\",\"password\":\"long enough\",\"roles\":[\"RECORDER\"],\"departments\":[{\"$gt\":\"\"}]} | departments",
        "departments for an auditor | {\"username\":\"li.na\",\"password\":\"long enough\",\"roles\":[\"AUDITOR\"],\"departments\":[\"beita-union\"]} | departments",
        "unknown field | {\"username\":\"li.na\",\"password\":\"long enough\",\"roles\":[\"AUDITOR\"],\"admin\":true} | admin",
        "taken name | {\"username\":\"auditor\",\"password\":\"long enough\",\"roles\":[\"AUDITOR\"]} | username",
        "not JSON | {\"username\": | body",
      })
  void cannotCreateABadAccountAndStoresNothing(String caseName, String body, String field) {
    long accounts = MONGO.count("accounts", "accounts");
    long changes = MONGO.count("accounts", "accountchanges");
    ResponseEntity<JsonNode> response = TestAccounts.admin(anonymous).postForEntity("/api/admin/accounts", json(body), JsonNode.class);
    assertThat(response.getStatusCode().value()).isIn(400, 409);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(response.getBody().get("errors").findValuesAsText("field")).contains(field);
    assertThat(MONGO.count("accounts", "accounts")).isEqualTo(accounts);
    assertThat(MONGO.count("accounts", "accountchanges")).isEqualTo(changes);
  }

  @Test
  void cannotChangeAnAccountThatDoesNotExistOrAsAnyoneButAdmin() {
    assertThat(TestAccounts.admin(anonymous).exchange("/api/admin/accounts/nobody", HttpMethod.PUT,
        json("{\"roles\":[\"AUDITOR\"]}"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(TestAccounts.auditor(anonymous).postForEntity("/api/admin/accounts", json("""
        {"username":"li.na","password":"long enough","roles":["ADMIN"]}"""), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(mongo.findById("li.na", Document.class, "accounts")).isNull();
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
