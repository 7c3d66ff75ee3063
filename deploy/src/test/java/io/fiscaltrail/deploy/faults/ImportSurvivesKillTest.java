package io.fiscaltrail.deploy.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.fiscaltrail.deploy.ChildApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * {@code kill -9} in the middle of an import leaves nothing partial: the all-in-one application
 * runs as a child process on the embedded default; a large NDJSON import spanning several streams
 * is posted, and the process is killed with SIGKILL as soon as the store has numbered the import's
 * events, that is while it inserts them. After a restart on the same data directory the store holds
 * either all of the import's events or none.
 */
class ImportSurvivesKillTest {

  private static final int YEARS = 5;
  private static final int VOUCHERS_PER_YEAR = 5_000;
  private static final int VOUCHERS = YEARS * VOUCHERS_PER_YEAR;

  @TempDir Path dataDir;
  private ChildApplication application;

  @AfterEach
  void stop() {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void keepsAllOrNoneOfAnImportKilledWhileItIsStored() throws Exception {
    int mongoPort = ChildApplication.freePort();
    RestClient api = start(mongoPort);
    byte[] file = largeImport();

    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread importing = new Thread(() -> {
      try {
        outcome.set(api.post().uri("/api/import").contentType(MediaType.parseMediaType("application/x-ndjson"))
            .body(file).retrieve().toBodilessEntity().getStatusCode());
      } catch (RuntimeException connectionLost) {
        outcome.set(connectionLost);
      }
    });
    importing.start();
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
      MongoDatabase store = client.getDatabase("fiscaltrail");
      await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(2)).until(() -> numbered(store) >= VOUCHERS);
    }
    application.kill();
    importing.join(30_000);
    System.out.printf("import of %d bytes, %d vouchers in %d streams: answer before the kill: %s%n",
        file.length, VOUCHERS, YEARS + 1, outcome.get());

    start(mongoPort);
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
      MongoDatabase store = client.getDatabase("fiscaltrail");
      long events = store.getCollection("domainevents").countDocuments();
      long expenditures = store.getCollection("domainevents")
          .countDocuments(Filters.regex("payloadType", "ExpenditureRecorded$"));
      System.out.printf("after the restart: %d events stored, %d of them expenditures%n", events, expenditures);
      if (events > 0) {
        assertThat(expenditures).as("all of the import").isEqualTo(VOUCHERS);
      }
    }
  }

  /** One department and 5,000 vouchers in each of five years: six streams. */
  private static byte[] largeImport() {
    StringBuilder file = new StringBuilder("""
        {"type":"department","source":"kill test","department":"killed","name":"中断","authorizedHeadcount":1,"actualHeadcount":1}
        """);
    for (int year = 2018; year < 2018 + YEARS; year++) {
      for (int i = 1; i <= VOUCHERS_PER_YEAR; i++) {
        file.append("""
            {"type":"expenditure","source":"k","department":"killed","year":%d,"voucher":"V-%d","amount":"1.00","effectiveDate":"%d-03-01","line":"BASIC_PUBLIC","functionalClass":"2012901","economicClass":"30201"}
            """.formatted(year, i, year));
      }
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The highest global sequence number the store has handed out. */
  private static long numbered(MongoDatabase store) {
    Document counter = store.getCollection("eventsequence").find(Filters.eq("_id", "events")).first();
    return counter == null ? 0 : ((Number) counter.get("value")).longValue();
  }

  private RestClient start(int mongoPort) throws IOException {
    application = ChildApplication.start(dataDir, mongoPort);
    return application.api();
  }
}
