package io.fiscaltrail.query.config;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query-side instances running on one store, so that each claims its fair share of every
 * projection's token segments: segments / instances, rounded up. Axon alone lets the first instance
 * claim every segment and leaves the others idle.
 *
 * <p>Each instance writes a heartbeat to {@value #COLLECTION} every {@link #HEARTBEAT}; an instance
 * whose heartbeat is older than the token claim timeout is gone. Then the survivors' share grows,
 * and they claim its segments once its claims have timed out too. A processor holding more than its
 * share releases the surplus (Axon's coordinator does, asking this provider on every round).
 */
final class QueryInstances implements MaxSegmentProvider {

  static final String COLLECTION = "query_instances";
  static final Duration HEARTBEAT = Duration.ofSeconds(2);

  private static final Logger log = LoggerFactory.getLogger(QueryInstances.class);

  /** The token store's default owner name (pid@host), so the two can be told apart alike. */
  private final String self = ManagementFactory.getRuntimeMXBean().getName();
  private final MongoCollection<Document> heartbeats;
  private final Duration timeout;
  private final int segments;
  private final Clock clock = Clock.systemUTC();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "query-instances");
    thread.setDaemon(true);
    return thread;
  });
  private volatile int alive = 1;

  QueryInstances(MongoCollection<Document> heartbeats, Duration timeout, int segments) {
    this.heartbeats = heartbeats;
    this.timeout = timeout;
    this.segments = segments;
  }

  /** Beats once before the processors start, so their first claims already take the fair share. */
  void start() {
    beat();
    timer.scheduleWithFixedDelay(this::beatSafely, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** After the processors released their claims: the others may take them at once. */
  void stop() {
    timer.shutdownNow();
    heartbeats.deleteOne(Filters.eq("_id", self));
  }

  @Override
  public int getMaxSegments(String processor) {
    return (segments + alive - 1) / alive;
  }

  private void beatSafely() {
    try {
      beat();
    } catch (RuntimeException e) { // the store is away: keep the last count, try again
      log.warn("Heartbeat of query instance {} failed: {}", self, e.toString());
    }
  }

  private void beat() {
    Instant now = clock.instant();
    heartbeats.replaceOne(
        Filters.eq("_id", self),
        new Document("_id", self).append("seenAt", Date.from(now)),
        new ReplaceOptions().upsert(true));
    int count = (int) Math.max(1, heartbeats.countDocuments(Filters.gt("seenAt", Date.from(now.minus(timeout)))));
    if (count != alive) {
      log.info("{} query-side instance(s) alive: each claims at most {} of {} segments per projection",
          count, (segments + count - 1) / count, segments);
      alive = count;
    }
  }
}
