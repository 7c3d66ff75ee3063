package io.fiscaltrail.deploy.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many threads write to one department-year of one instance at once: every write is answered 201
 * (possibly after retries on fresh state) or 409, every 201 is stored exactly once, and the budget
 * adds up to exactly the acknowledged amounts (no lost update). Two instances: TwoCommandSidesTest.
 */
class ConcurrentWritersTest extends RunningService {

  private static final int WRITES = 80;

  @Test
  void losesNoUpdateWhenThreadsWriteToOneYearAtOnce() throws Exception {
    postJson("/api/departments", """
        {"code":"crowd","name":"并发","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""");
    long before = storedEvents();
    ExecutorService writers = Executors.newFixedThreadPool(8);
    List<Future<Answer>> answers = new ArrayList<>();
    for (int i = 1; i <= WRITES; i++) {
      String body = """
          {"kind":"INITIAL","amount":"%d.00","effectiveDate":"2022-03-01","document":"d"}""".formatted(i);
      answers.add(writers.submit((Callable<Answer>) () ->
          postJson("/api/departments/crowd/years/2022/appropriations", body)));
    }
    BigDecimal acknowledged = BigDecimal.ZERO;
    int stored = 0;
    for (int i = 0; i < WRITES; i++) {
      Answer answer = answers.get(i).get();
      assertThat(answer.status()).as(answer.text()).isIn(201, 409);
      if (answer.status() == 201) {
        acknowledged = acknowledged.add(BigDecimal.valueOf(i + 1));
        stored++;
      }
    }
    writers.shutdown();

    long yearOpened = 1;
    assertThat(storedEvents()).isEqualTo(before + stored + yearOpened);
    BigDecimal expected = acknowledged.setScale(2);
    await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
        assertThat(new BigDecimal(get("/api/departments/crowd/years/2022/budget?asOf=2022-12-31")
            .get("appropriated").asText())).isEqualByComparingTo(expected));
    System.out.printf("%d concurrent writes to one year: %d stored, %d answered 409%n", WRITES, stored, WRITES - stored);
  }
}
