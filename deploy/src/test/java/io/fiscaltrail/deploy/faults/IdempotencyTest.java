package io.fiscaltrail.deploy.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key}: a repeated request gets the first answer and stores nothing; the same key
 * on a different request is refused with 422; duplicates sent at the same moment run once.
 */
class IdempotencyTest extends RunningService {

  private static final String KEY = "Idempotency-Key";
  private static final String YEAR = "/api/departments/idem/years/2022/appropriations";

  @BeforeEach
  void registerOnce() {
    postJson("/api/departments", """
        {"code":"idem","name":"幂等","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""");
  }

  @Test
  void aRepeatedRequestGetsTheFirstAnswerAndStoresNothingNew() {
    String body = appropriation("10.00");
    Answer first = postJson(YEAR, body, KEY, "repeat-1");
    long afterFirst = storedEvents();

    Answer again = postJson(YEAR, body, KEY, "repeat-1");

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.text()).isEqualTo(first.text());
    assertThat(again.headers().getContentType()).isEqualTo(first.headers().getContentType());
    assertThat(again.headers().getFirst("Idempotency-Replayed")).isEqualTo("true");
    assertThat(first.headers().getFirst("Idempotency-Replayed")).isNull();
    assertThat(storedEvents()).isEqualTo(afterFirst);
  }

  @Test
  void aReplayedRegistrationKeepsItsLocation() {
    String body = """
        {"code":"idem-located","name":"位置","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""";
    Answer first = postJson("/api/departments", body, KEY, "located-1");
    Answer again = postJson("/api/departments", body, KEY, "located-1");

    assertThat(again.status()).isEqualTo(201);
    assertThat(again.headers().getLocation()).isEqualTo(first.headers().getLocation()).isNotNull();
  }

  @Test
  void cannotReuseAKeyForADifferentRequest() {
    postJson(YEAR, appropriation("20.00"), KEY, "reused-1");
    long before = storedEvents();

    Answer other = postJson(YEAR, appropriation("21.00"), KEY, "reused-1");

    assertThat(other.status()).isEqualTo(422);
    assertThat(other.headers().getContentType()).hasToString("application/problem+json");
    assertThat(other.fields()).containsExactly("Idempotency-Key");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void aRefusedRequestReleasesItsKey() {
    Answer refused = postJson(YEAR, """
        {"kind":"INITIAL","amount":"-1","effectiveDate":"2022-03-01","document":"d"}""", KEY, "fixed-1");
    Answer fixed = postJson(YEAR, appropriation("30.00"), KEY, "fixed-1");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(fixed.status()).isEqualTo(201);
  }

  @Test
  void cannotUseAMalformedKey() {
    long before = storedEvents();

    Answer refused = postJson(YEAR, appropriation("40.00"), KEY, "not a key@all");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.fields()).containsExactly("Idempotency-Key");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void duplicatesSentAtTheSameMomentAreStoredOnce() throws Exception {
    long before = storedEvents();
    String body = appropriation("50.00");
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<Answer>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(clients.submit((Callable<Answer>) () -> postJson(YEAR, body, KEY, "burst-1")));
    }
    List<String> bodies = new ArrayList<>();
    for (Future<Answer> answer : answers) {
      assertThat(answer.get().status()).isEqualTo(201);
      bodies.add(answer.get().text());
    }
    clients.shutdown();

    assertThat(bodies).allMatch(bodies.get(0)::equals);
    assertThat(storedEvents()).isEqualTo(before + 1);
  }

  private static String appropriation(String amount) {
    return """
        {"kind":"INITIAL","amount":"%s","effectiveDate":"2022-03-01","document":"d"}""".formatted(amount);
  }
}
