package io.fiscaltrail.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.command.CommandSideApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import io.fiscaltrail.query.QuerySideApplication;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Two command-side instances write to the same fiscal years at once, on one store, while a
 * query-side instance follows: every acknowledged command is stored once, the store's unique
 * stream index turns each lost race into a retry or a 409 (never a lost or doubled event), and
 * every stored event reaches the projections exactly once.
 */
class TwoCommandSidesTest {

  private static final int REQUESTS = 120;

  private final WireServer mongo = new WireServer();
  private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

  @AfterEach
  void stop() {
    instances.forEach(ConfigurableApplicationContext::close);
    mongo.close();
  }

  @Test
  void canAcceptConcurrentWritesFromTwoInstancesWithoutLosingOrDoublingAnything() throws Exception {
    RestClient first = client(start(CommandSideApplication.class));
    RestClient second = client(start(CommandSideApplication.class));
    ConfigurableApplicationContext query = start(QuerySideApplication.class, ExactlyOnceProbe.class);
    RestClient reader = client(query);

    first.post().uri("/api/departments").contentType(MediaType.APPLICATION_JSON)
        .body("""
            {"code":"race","name":"竞争","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""")
        .retrieve().toBodilessEntity();

    ExecutorService writers = Executors.newFixedThreadPool(6);
    List<Future<BigDecimal>> acknowledged = new ArrayList<>();
    AtomicInteger conflicts = new AtomicInteger();
    for (int i = 0; i < REQUESTS; i++) {
      RestClient instance = i % 2 == 0 ? first : second;
      int year = 2021 + i % 2;
      String amount = (i + 1) + ".00";
      acknowledged.add(writers.submit(() -> appropriate(instance, year, amount, conflicts)));
    }
    BigDecimal acknowledgedTotal = BigDecimal.ZERO;
    int acknowledgedCount = 0;
    for (Future<BigDecimal> result : acknowledged) {
      BigDecimal amount = result.get();
      if (amount != null) {
        acknowledgedTotal = acknowledgedTotal.add(amount);
        acknowledgedCount++;
      }
    }
    writers.shutdown();

    assertThat(acknowledgedCount + conflicts.get()).isEqualTo(REQUESTS);
    assertThat(acknowledgedCount).as("most writes succeed after retries").isGreaterThan(REQUESTS / 2);
    long yearsOpened = 2;
    long departmentEvents = 1;
    assertThat(mongo.count("race", "domainevents")).isEqualTo(acknowledgedCount + yearsOpened + departmentEvents);

    ExactlyOnceProbe probe = query.getBean(ExactlyOnceProbe.class);
    BigDecimal expected = acknowledgedTotal;
    int expectedEvents = acknowledgedCount + 3;
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      BigDecimal projected = appropriated(reader, 2021).add(appropriated(reader, 2022));
      assertThat(projected).isEqualByComparingTo(expected);
      assertThat(probe.handled()).hasSize(expectedEvents);
    });
    assertThat(probe.handled().values()).allMatch(count -> count.get() == 1);
  }

  private static BigDecimal appropriate(RestClient instance, int year, String amount, AtomicInteger conflicts) {
    HttpStatusCode status = instance.post()
        .uri("/api/departments/race/years/{year}/appropriations", year)
        .contentType(MediaType.APPLICATION_JSON)
        .body("""
            {"kind":"INITIAL","amount":"%s","effectiveDate":"%d-03-01","document":"d"}""".formatted(amount, year))
        .exchange((request, response) -> response.getStatusCode());
    if (status.value() == 201) {
      return new BigDecimal(amount);
    }
    assertThat(status.value()).as("a lost race is answered 409").isEqualTo(409);
    conflicts.incrementAndGet();
    return null;
  }

  private static BigDecimal appropriated(RestClient reader, int year) {
    JsonNode budget = reader.get().uri("/api/departments/race/years/{year}/budget?asOf={year}-12-31", year, year)
        .exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
            ? response.bodyTo(JsonNode.class) : null);
    return budget == null ? BigDecimal.ZERO : new BigDecimal(budget.get("appropriated").asText());
  }

  private ConfigurableApplicationContext start(Class<?>... sources) {
    ConfigurableApplicationContext context = new SpringApplicationBuilder(sources)
        .run("--server.port=0", "--spring.data.mongodb.uri=" + mongo.uri("race"), "--" + TestAccounts.DEMO_ACCOUNTS);
    instances.add(context);
    return context;
  }

  private static RestClient client(ConfigurableApplicationContext context) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return RestClient.builder()
        .baseUrl("http://127.0.0.1:" + port)
        .defaultHeader(HttpHeaders.AUTHORIZATION, TestAccounts.adminAuthorization())
        .build();
  }

  /** Counts how often the query side's processors hand each event to a handler. */
  @ProcessingGroup("exactly-once-probe")
  static class ExactlyOnceProbe {

    private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
      handled.computeIfAbsent(event.getIdentifier(), id -> new AtomicInteger()).incrementAndGet();
    }

    Map<String, AtomicInteger> handled() {
      return handled;
    }
  }
}
