package io.fiscaltrail.deploy.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real server process with SIGKILL while a client is writing, restarts it on the same
 * file and checks that every acknowledged insert is there. The stock H2 backend, which commits
 * once a second, loses the inserts of the last second this way.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KillNineDurabilityTest {

  private static final int SIGKILL_EXIT_STATUS = 128 + 9;
  private static final int KILL_ROUNDS = 3;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 200;
  // Several connections, so that commands run on several server threads and share commits.
  private static final int WRITERS = 3;

  @TempDir Path dataDir;

  private final ExecutorService writerThreads = Executors.newFixedThreadPool(WRITERS);
  private Process server;

  @AfterEach
  void stopWritersAndServer() {
    writerThreads.shutdownNow();
    if (server != null) {
      server.destroyForcibly();
    }
  }

  @Test
  void everyAcknowledgedInsertSurvivesKillNine() throws Exception {
    Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
    for (int round = 0; round < KILL_ROUNDS; round++) {
      String uri = startServer();
      int target = acknowledged.size() + ACKNOWLEDGED_BEFORE_KILL;
      List<CompletableFuture<Void>> writers = new ArrayList<>();
      for (int writer = 0; writer < WRITERS; writer++) {
        int first = (round * WRITERS + writer) * 1_000_000;
        writers.add(
            CompletableFuture.runAsync(new InsertLoop(uri, first, acknowledged), writerThreads));
      }
      while (acknowledged.size() < target
          && writers.stream().noneMatch(CompletableFuture::isDone)) {
        Thread.sleep(10);
      }
      killServerWithSigkill(); // while every writer has an insert in flight
      CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    }

    try (MongoClient client = MongoClients.create(startServer())) {
      Set<Integer> stored = new HashSet<>();
      collection(client).find().forEach(document -> stored.add(document.getInteger("n")));
      assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_ROUNDS * ACKNOWLEDGED_BEFORE_KILL);
      assertThat(stored).containsAll(acknowledged);
    }
  }

  /**
   * A write to a deferred collection is answered without a commit of its own: the next durable
   * write commits it (commits take whole commands, in order), the flush commits it within its
   * interval, and a kill before either loses it, never a durable write.
   */
  @Test
  void deferredWritesRideOnTheNextDurableCommitOrTheFlushAndNeverOvertakeIt() throws Exception {
    insertInOrder(startServer("-", "deferred", "PT1H"),
        "deferred", "before the durable write", "durable", "durable", "deferred", "after the durable write");
    killServerWithSigkill();

    String quickFlush = startServer("-", "deferred", "PT0.1S");
    assertThat(ids(quickFlush, "durable")).containsExactly("durable");
    assertThat(ids(quickFlush, "deferred")).containsExactly("before the durable write");
    insertInOrder(quickFlush, "deferred", "flushed");
    Thread.sleep(1_000);
    killServerWithSigkill();

    assertThat(ids(startServer("-", "deferred"), "deferred"))
        .containsExactlyInAnyOrder("before the durable write", "flushed");
  }

  /**
   * A derived collection lives in a file of its own that only the flush commits: a durable write
   * does not carry it to disk (that is what keeps acknowledged events cheap), a kill before the
   * flush loses it, and the flush keeps it.
   */
  @Test
  void derivedWritesReachTheDiskOnlyWithTheFlushInAFileOfTheirOwn() throws Exception {
    insertInOrder(startServer("derived", "-", "PT1H"), "derived", "before the durable write", "durable", "durable");
    killServerWithSigkill();
    assertThat(dataDir.resolve("fiscaltrail-derived.mv")).exists();

    String quickFlush = startServer("derived", "-", "PT0.1S");
    assertThat(ids(quickFlush, "durable")).containsExactly("durable");
    assertThat(ids(quickFlush, "derived")).isEmpty();
    insertInOrder(quickFlush, "derived", "flushed");
    Thread.sleep(1_000);
    killServerWithSigkill();

    String restarted = startServer("derived", "-");
    assertThat(ids(restarted, "derived")).containsExactly("flushed");
    assertThat(ids(restarted, "durable")).containsExactly("durable");
  }

  /**
   * An aggregation that only reads (the driver's count is one) commits nothing, so a derived write
   * before it still waits for the flush; one whose last stage stores its output is durable.
   */
  @Test
  void anAggregationCommitsOnlyWhenItStoresItsOutput() throws Exception {
    String uri = startServer("derived", "-", "PT1H");
    insertInOrder(uri, "durable", "source", "derived", "not flushed yet");
    try (MongoClient client = MongoClients.create(uri)) {
      assertThat(client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("durable").countDocuments()).isOne();
    }
    killServerWithSigkill();

    uri = startServer("derived", "-", "PT1H");
    assertThat(ids(uri, "derived")).isEmpty();
    try (MongoClient client = MongoClients.create(uri)) {
      client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("durable")
          .aggregate(List.of(Aggregates.out("copy"))).toCollection();
    }
    killServerWithSigkill();

    assertThat(ids(startServer("derived", "-"), "copy")).containsExactly("source");
  }

  /** Inserts documents one at a time, in this order; {@code collectionsAndIds} alternates a collection and an {@code _id}. */
  private static void insertInOrder(String uri, String... collectionsAndIds) {
    try (MongoClient client = MongoClients.create(uri)) {
      MongoDatabase database = client.getDatabase(EmbeddedMongoServer.DATABASE);
      for (int i = 0; i < collectionsAndIds.length; i += 2) {
        database.getCollection(collectionsAndIds[i]).insertOne(new Document("_id", collectionsAndIds[i + 1]));
      }
    }
  }

  private static List<Object> ids(String uri, String collection) {
    try (MongoClient client = MongoClients.create(uri)) {
      List<Object> ids = new ArrayList<>();
      client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection(collection).find()
          .forEach(document -> ids.add(document.get("_id")));
      return ids;
    }
  }

  /**
   * Starts the server process on the data directory and returns its URI once it listens;
   * {@code collections} are the derived and deferred collections and their flush interval, if any
   * (see {@link EmbeddedMongoServerMain}).
   */
  private String startServer(String... collections) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    List<String> command = new ArrayList<>(List.of(
        java, "-cp", System.getProperty("java.class.path"),
        EmbeddedMongoServerMain.class.getName(), dataDir.toString(), "0"));
    command.addAll(List.of(collections));
    server = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      if (line.startsWith(EmbeddedMongoServerMain.READY)) {
        drainInBackground(output);
        return line.substring(EmbeddedMongoServerMain.READY.length());
      }
    }
    throw new IllegalStateException(
        "The server process ended before it listened, exit status " + server.waitFor());
  }

  // Keeps the server from blocking on a full pipe until it dies.
  private static void drainInBackground(BufferedReader output) {
    Thread drain = new Thread(() -> {
      try {
        while (output.readLine() != null) {
          // discard
        }
      } catch (IOException serverGone) {
        // the pipe closes with the process
      }
    });
    drain.setDaemon(true);
    drain.start();
  }

  // Process#destroyForcibly sends SIGKILL on Linux; the exit status 128 + 9 proves it was that.
  private void killServerWithSigkill() throws InterruptedException {
    server.destroyForcibly();
    assertThat(server.waitFor()).isEqualTo(SIGKILL_EXIT_STATUS);
  }

  private static MongoCollection<Document> collection(MongoClient client) {
    return client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("inserts");
  }

  /** Inserts numbered documents one by one until the server is gone, noting each acknowledged. */
  private record InsertLoop(String uri, int first, Set<Integer> acknowledged) implements Runnable {

    @Override
    public void run() {
      try (MongoClient client = MongoClients.create(uri + "?retryWrites=false")) {
        MongoCollection<Document> collection = collection(client);
        for (int n = first; ; n++) {
          collection.insertOne(new Document("n", n));
          acknowledged.add(n);
        }
      } catch (MongoException serverGone) {
        // the kill ends the loop
      }
    }
  }
}
