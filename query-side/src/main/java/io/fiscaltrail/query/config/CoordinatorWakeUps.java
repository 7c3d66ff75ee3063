package io.fiscaltrail.query.config;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;

/**
 * Runs a pooled processor's coordinator as soon as one of its workers starts a batch, instead of
 * when the coordinator's wait ends.
 *
 * <p>Why: Axon's coordinator reads events into a buffer of 1,024 per work package and, once a
 * buffer is full, reschedules itself after a fixed 100 ms. A worker empties its buffer when it
 * starts a batch and, in a replay, folds those events in less than that. Every event of a fiscal
 * year goes to the same segment, so a replay of a large year ran at about 1,024 events per 100 ms
 * plus the reading, with the worker busy 40 % of the time and the coordinator parked in 100 ms
 * waits (JFR). In the benchmark's full runs, the replay of the budget years went from
 * 7,721-8,835 to 8,547-12,635 events a second (BENCHMARKS.md, run 13). The coordinator checks what
 * there is to do whenever it runs, so running its pending run early changes only when it reads.
 *
 * <p>Each processor's coordinator gets a scheduler of its own (one thread, named as Axon names
 * it) from {@link #coordinatorExecutor}; {@link #batchStart} is the handler interceptor that tells
 * it a batch has started.
 */
final class CoordinatorWakeUps {

  /**
   * Axon's wait when a work package's buffer is full (Coordinator.CoordinationTask#run). A
   * coordinator that has caught up waits 500 ms or the token claim interval: those waits are left
   * alone, since waking it at every live event would only make it run for nothing.
   */
  static final Duration BUFFER_FULL_WAIT = Duration.ofMillis(100);

  private static final String BATCH_STARTED = CoordinatorWakeUps.class.getName() + ".batchStarted";

  private final Map<String, WakeableScheduler> schedulers = new ConcurrentHashMap<>();
  private final Duration longestWaitCutShort;

  /** @param longestWaitCutShort the longest wait of a coordinator that a batch's start ends */
  CoordinatorWakeUps(Duration longestWaitCutShort) {
    this.longestWaitCutShort = longestWaitCutShort;
  }

  /** The coordinator's scheduler for the processor: create it once, shut it down with the application. */
  ScheduledExecutorService coordinatorExecutor(String processorName) {
    return schedulers.computeIfAbsent(processorName,
        name -> new WakeableScheduler(new AxonThreadFactory("Coordinator[" + name + "]"), longestWaitCutShort));
  }

  /** Wakes the processor's coordinator on the first event of each batch, before it is handled. */
  MessageHandlerInterceptor<EventMessage<?>> batchStart(String processorName) {
    return (unitOfWork, chain) -> {
      if (unitOfWork.root().resources().putIfAbsent(BATCH_STARTED, Boolean.TRUE) == null) {
        WakeableScheduler scheduler = schedulers.get(processorName);
        if (scheduler != null) {
          scheduler.runDelayedNow();
        }
      }
      return chain.proceed();
    };
  }

  /** One thread; the task it last scheduled to wait no longer than given can be run at once instead. */
  static final class WakeableScheduler extends ScheduledThreadPoolExecutor {

    private record Delayed(Runnable command, ScheduledFuture<?> future) {}

    private final AtomicReference<Delayed> delayed = new AtomicReference<>();
    private final long longestWaitCutShortNanos;

    WakeableScheduler(AxonThreadFactory threads, Duration longestWaitCutShort) {
      super(1, threads);
      this.longestWaitCutShortNanos = longestWaitCutShort.toNanos();
      setRemoveOnCancelPolicy(true);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
      ScheduledFuture<?> future = super.schedule(command, delay, unit);
      long nanos = unit.toNanos(delay);
      if (nanos > 0 && nanos <= longestWaitCutShortNanos) {
        delayed.set(new Delayed(command, future));
      }
      return future;
    }

    /** Runs the last delayed task now, unless it has run or started already. */
    void runDelayedNow() {
      Delayed task = delayed.getAndSet(null);
      if (task != null && task.future().cancel(false)) {
        execute(task.command());
      }
    }
  }
}
