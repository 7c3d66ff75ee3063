package io.fiscaltrail.query.admin;

import io.fiscaltrail.query.web.NotFound;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds projections by replay and tells how far each one is. A rebuild resets the processor's
 * tokens (its reset handlers drop the read model) and lets it replay the whole store.
 */
@Component
public class ProjectionAdministration {

  private static final Logger log = LoggerFactory.getLogger(ProjectionAdministration.class);
  private static final Duration CAUGHT_UP_POLL = Duration.ofMillis(20);

  private final EventProcessingConfiguration processing;
  private final EventStore eventStore;
  private final TokenStore tokenStore;
  private final Clock clock;
  /** When each rebuild this process started began: for the pace. */
  private final Map<String, RebuildStart> rebuilds = new ConcurrentHashMap<>();

  /** Lazy: the read model's own tests run the projections without Axon's runtime. */
  ProjectionAdministration(
      @Lazy EventProcessingConfiguration processing,
      @Lazy EventStore eventStore,
      @Lazy TokenStore tokenStore,
      Clock clock) {
    this.processing = processing;
    this.eventStore = eventStore;
    this.tokenStore = tokenStore;
    this.clock = clock;
  }

  public List<ProjectionStatus> statuses() {
    long head = head();
    return processors().stream().map(p -> status(p, head)).toList();
  }

  public ProjectionStatus rebuild(String name) {
    StreamingEventProcessor processor = processor(name);
    processor.shutDown();
    processor.resetTokens();
    rebuilds.put(name, new RebuildStart(clock.instant()));
    processor.start();
    log.info("Rebuilding projection {} by replay of {} events", name, head());
    return status(processor, head());
  }

  /**
   * Waits until every projection has folded every event stored when it was called, or until the
   * timeout; true if they did. A projection in error never does.
   */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    long head = head();
    long deadline = System.nanoTime() + timeout.toNanos(); // wall time, whatever the books' clock
    while (!processors().stream()
        .map(p -> status(p, head))
        .allMatch(s -> s.error() == null && caughtUp(s.segmentsClaimed(), s.segments(), s.position(), head))) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      Thread.sleep(CAUGHT_UP_POLL.toMillis());
    }
    return true;
  }

  /** Every segment claimed, and the slowest past the head. */
  private static boolean caughtUp(int segmentsClaimed, int segments, long position, long head) {
    return segmentsClaimed == segments && position >= head;
  }

  /** The log shows each rebuild's progress as well. */
  @Scheduled(fixedDelay = 5_000)
  void logProgress() {
    if (rebuilds.isEmpty()) {
      return;
    }
    long head = head();
    for (StreamingEventProcessor processor : processors()) {
      if (rebuilds.containsKey(processor.getName())) {
        ProjectionStatus status = status(processor, head);
        log.info("Projection {}: {} of {} events ({}%), about {} s left",
            status.name(), status.position(), status.head(), status.percent(), status.estimatedSecondsLeft());
        if (!status.rebuilding()) {
          rebuilds.remove(processor.getName());
          log.info("Projection {} rebuilt", status.name());
        }
      }
    }
  }

  private ProjectionStatus status(StreamingEventProcessor processor, long head) {
    Collection<EventTrackerStatus> segments = processor.processingStatus().values();
    int segmentCount = tokenStore.fetchSegments(processor.getName()).length;
    long position = segments.size() < segmentCount
        ? 0
        : segments.stream().mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0);
    boolean caughtUp = caughtUp(segments.size(), segmentCount, position, head);
    String error = segments.stream()
        .filter(EventTrackerStatus::isErrorState)
        .map(s -> String.valueOf(s.getError()))
        .findFirst()
        .orElse(null);
    return new ProjectionStatus(
        processor.getName(),
        segmentCount,
        segments.size(),
        position,
        head,
        percent(position, head),
        rebuilds.containsKey(processor.getName()) && !caughtUp,
        caughtUp ? Long.valueOf(0) : secondsLeft(processor.getName(), position, head),
        error);
  }

  private Long secondsLeft(String name, long position, long head) {
    RebuildStart start = rebuilds.get(name);
    if (start == null || position <= 0) {
      return null;
    }
    double seconds = Duration.between(start.at(), clock.instant()).toMillis() / 1000.0;
    double pace = position / Math.max(seconds, 0.001);
    return Math.round((head - position) / pace);
  }

  private static String percent(long position, long head) {
    if (head <= 0) {
      return "100.00";
    }
    return BigDecimal.valueOf(Math.min(position, head) * 100)
        .divide(BigDecimal.valueOf(head), 2, RoundingMode.DOWN)
        .toPlainString();
  }

  private long head() {
    TrackingToken head = eventStore.createHeadToken();
    return head == null ? 0 : head.position().orElse(0);
  }

  private List<StreamingEventProcessor> processors() {
    return processing.eventProcessors().values().stream()
        .filter(StreamingEventProcessor.class::isInstance)
        .map(StreamingEventProcessor.class::cast)
        .toList();
  }

  private StreamingEventProcessor processor(String name) {
    return processors().stream()
        .filter(p -> p.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new NotFound("name", "no projection is called " + name));
  }

  private record RebuildStart(Instant at) {}
}
