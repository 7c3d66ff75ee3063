package io.fiscaltrail.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.fiscaltrail.deploy.ChildApplication;
import io.fiscaltrail.query.ledger.LedgerDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A write answered 2xx survives {@code kill -9}: the all-in-one application runs as a child
 * process on the embedded default, a client writes through HTTP, the process is killed with
 * SIGKILL in the middle of the writes, and after a restart on the same data directory every
 * acknowledged event is in the store.
 */
class AcknowledgedWritesSurviveKillTest {

  @TempDir Path dataDir;
  private ChildApplication application;

  @AfterEach
  void stop() {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void keepsEveryAcknowledgedWriteThroughASigkill() throws Exception {
    int mongoPort = ChildApplication.freePort();
    RestClient api = start(mongoPort);
    api.post().uri("/api/departments").contentType(MediaType.APPLICATION_JSON)
        .body("""
            {"code":"durable","name":"持久","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""")
        .retrieve().toBodilessEntity();

    List<String> acknowledged = new CopyOnWriteArrayList<>();
    Thread writer = new Thread(() -> {
      for (int i = 1; ; i++) {
        try {
          JsonNode created = api.post().uri("/api/departments/durable/years/2022/appropriations")
              .contentType(MediaType.APPLICATION_JSON)
              .body("""
                  {"kind":"INITIAL","amount":"%d.00","effectiveDate":"2022-03-01","document":"d"}""".formatted(i))
              .retrieve().body(JsonNode.class);
          acknowledged.add(created.get("eventId").asText());
        } catch (RuntimeException connectionLost) {
          return;
        }
      }
    });
    writer.start();
    await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 30);
    application.kill();
    writer.join(30_000);
    List<String> acknowledgedBeforeKill = List.copyOf(acknowledged);

    start(mongoPort);
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
      List<String> stored = new ArrayList<>();
      client.getDatabase("fiscaltrail").getCollection("domainevents")
          .find(Filters.in("eventIdentifier", acknowledgedBeforeKill))
          .forEach((Document event) -> stored.add(event.getString("eventIdentifier")));
      assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledgedBeforeKill);
    }
  }

  /**
   * Read models, tracking tokens and snapshots are derived collections, which the embedded store
   * answers before they reach the disk (the events are durable): a SIGKILL rolls them back to an
   * earlier state, and after the restart the projections catch up from there to what a fresh
   * replay of every event gives.
   */
  @Test
  void projectionsCatchUpAfterASigkillToWhatAFreshReplayGives() throws Exception {
    int mongoPort = ChildApplication.freePort();
    RestClient killed = start(mongoPort);
    killed.post().uri("/api/departments").contentType(MediaType.APPLICATION_JSON)
        .body("""
            {"code":"replayed","name":"重放","authorizedHeadcount":1,"actualHeadcount":1,"divisions":0}""")
        .retrieve().toBodilessEntity();
    List<String> acknowledged = new CopyOnWriteArrayList<>();
    Thread writer = new Thread(() -> {
      for (int i = 1; ; i++) {
        try {
          acknowledged.add(appropriate(killed, i));
        } catch (RuntimeException connectionLost) {
          return;
        }
      }
    });
    writer.start();
    await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 40);
    application.kill();
    writer.join(30_000);

    RestClient restarted = start(mongoPort);
    appropriate(restarted, 1_000_000); // numbered after anything the killed process had allocated
    await().atMost(Duration.ofSeconds(120)).until(() -> allCaughtUp(restarted));
    JsonNode caughtUp = restarted.get().uri(REPLAYED_BUDGET).retrieve().body(JsonNode.class);
    List<Document> caughtUpBooks = readModel(mongoPort);
    assertThat(caughtUpBooks).isNotEmpty();

    for (String projection : List.of("budget-years", "asset-registers", "departments")) {
      restarted.post().uri("/api/admin/projections/{name}/rebuild", projection).retrieve().toBodilessEntity();
    }
    await().atMost(Duration.ofSeconds(120)).until(() -> allCaughtUp(restarted));
    assertThat(restarted.get().uri(REPLAYED_BUDGET).retrieve().body(JsonNode.class)).isEqualTo(caughtUp);
    assertThat(readModel(mongoPort)).isEqualTo(caughtUpBooks);
  }

  private static final String REPLAYED_BUDGET = "/api/departments/replayed/years/2022/budget?asOf=2022-12-31";

  private static String appropriate(RestClient api, int yuan) {
    return api.post().uri("/api/departments/replayed/years/2022/appropriations")
        .contentType(MediaType.APPLICATION_JSON)
        .body("""
            {"kind":"INITIAL","amount":"%d.00","effectiveDate":"2022-03-01","document":"d"}""".formatted(yuan))
        .retrieve().body(JsonNode.class).get("eventId").asText();
  }

  private static boolean allCaughtUp(RestClient api) {
    JsonNode projections = api.get().uri("/api/admin/projections").retrieve().body(JsonNode.class);
    boolean all = projections.size() == 3;
    for (JsonNode p : projections) {
      all &= p.get("percent").asText().equals("100.00") && !p.get("rebuilding").asBoolean()
          && p.get("segmentsClaimed").asInt() == p.get("segments").asInt();
    }
    return all;
  }

  /**
   * The year's figures and ledger as stored, straight from the embedded server. A ledger chunk's
   * entries are packed in one part per write, and how many writes made a chunk depends on how the
   * events were batched, so each chunk is compared by its entries.
   */
  private static List<Document> readModel(int mongoPort) {
    try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
      List<Document> documents = new ArrayList<>();
      for (String collection : List.of("budget_year_figures", "budget_year_ledger")) {
        client.getDatabase("fiscaltrail").getCollection(collection)
            .find(Filters.regex("_id", "^replayed/2022")).sort(new Document("_id", 1))
            .forEach(d -> documents.add(LedgerDocuments.withEntriesUnpacked(d)));
      }
      return documents;
    }
  }

  private RestClient start(int mongoPort) throws IOException {
    application = ChildApplication.start(dataDir, mongoPort);
    return application.api();
  }
}
