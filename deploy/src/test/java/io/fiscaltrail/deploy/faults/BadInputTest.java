package io.fiscaltrail.deploy.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.fiscaltrail.access.account.DemoAccounts;
import io.fiscaltrail.deploy.TestAccounts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * Hostile or broken input is refused with a 4xx problem naming the field and the reason, and stores
 * nothing. The limits here are the test's (4 KB commands, 64 KB imports), set in {@link RunningService}.
 */
class BadInputTest extends RunningService {

  private static final String YEAR = "/api/departments/bad-input/years/2022/appropriations";

  @BeforeEach
  void registerOnce() {
    postJson("/api/departments", """
        {"code":"bad-input","name":"坏输入","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""");
  }

  @Test
  void cannotSendACommandLargerThanItsLimit() {
    long before = storedEvents();
    Answer refused = postJson(YEAR, """
        {"kind":"INITIAL","amount":"1.00","effectiveDate":"2022-03-01","document":"%s"}""".formatted("文".repeat(2000)));
    assertRefused(refused, 413, "body", before);
  }

  @Test
  void cannotSendAnImportLargerThanItsLimit() {
    long before = storedEvents();
    Answer refused = post("/api/import", "application/x-ndjson", importOver64Kb("bad-input"));
    assertRefused(refused, 413, "body", before);
  }

  /** A recorder's import is read for its departments before the command side sees it: up to the same limit. */
  @Test
  void aRecorderCannotSendAnImportLargerThanItsLimitEither() {
    long before = storedEvents();
    Answer refused = post("/api/import", "application/x-ndjson", importOver64Kb("beita-union"),
        HttpHeaders.AUTHORIZATION, TestAccounts.authorization(DemoAccounts.RECORDER));
    assertRefused(refused, 413, "body", before);
  }

  private static byte[] importOver64Kb(String department) {
    StringBuilder file = new StringBuilder();
    for (int i = 0; file.length() < 70_000; i++) {
      file.append("""
          {"type":"expenditure","source":"big","department":"%s","year":2022,"voucher":"B-%d","amount":"1.00","effectiveDate":"2022-03-01","line":"BASIC_PUBLIC","functionalClass":"2012901","economicClass":"30201"}
          """.formatted(department, i));
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void cannotSendDeeplyNestedJson() {
    long before = storedEvents();
    Answer refused = postJson(YEAR, "[".repeat(100) + "]".repeat(100));
    assertRefused(refused, 400, "body", before);
    assertThat(refused.json().get("detail").asText()).contains("nesting depth");
  }

  @Test
  void cannotSendAWrongContentType() {
    long before = storedEvents();
    Answer refused = post(YEAR, "text/plain", """
        {"kind":"INITIAL","amount":"1.00","effectiveDate":"2022-03-01","document":"d"}""".getBytes(StandardCharsets.UTF_8));
    assertRefused(refused, 415, "Content-Type", before);
  }

  @Test
  void cannotSendInvalidUtf8() {
    long before = storedEvents();
    byte[] body = """
        {"kind":"INITIAL","amount":"1.00","effectiveDate":"2022-03-01","document":"\u00ff\u00fe"}"""
        .getBytes(StandardCharsets.ISO_8859_1);
    Answer refused = post(YEAR, "application/json", body);
    assertRefused(refused, 400, "body", before);
    assertThat(refused.json().get("detail").asText()).contains("UTF-8");
  }

  @Test
  void cannotSendAnOperatorWhereAStringIsExpected() {
    long before = storedEvents();
    Answer refused = postJson("/api/departments", """
        {"code":{"$gt":""},"name":"x","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""");
    assertRefused(refused, 400, "code", before);
  }

  @Test
  void cannotNameADepartmentLikeAnOperator() {
    long before = storedEvents();
    assertRefused(postJson("/api/departments", """
        {"code":"op-name","name":"$where","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}"""),
        400, "name", before);
    assertRefused(postJson("/api/departments", """
        {"code":"$where","name":"x","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}"""),
        400, "code", before);
    assertRefused(postJson("/api/departments", """
        {"code":"op-division","name":"x","authorizedHeadcount":1,"actualHeadcount":1,"divisions":["office.$set"]}"""),
        400, "divisions", before);
  }

  @Test
  void cannotImportANameThatReadsAsAnOperator() {
    long before = storedEvents();
    Answer refused = post("/api/import", "application/x-ndjson", """
        {"type":"department","source":"s","department":"op-import","name":"$ne","authorizedHeadcount":1,"actualHeadcount":1}
        """.getBytes(StandardCharsets.UTF_8));
    assertRefused(refused, 400, "name", before);
    assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(1);
  }

  private void assertRefused(Answer refused, int status, String field, long eventsBefore) {
    assertThat(refused.status()).as(refused.text()).isEqualTo(status);
    assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
    assertThat(refused.fields()).contains(field);
    assertThat(storedEvents()).isEqualTo(eventsBefore);
  }
}
