package io.fiscaltrail.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoordinatorWakeUpsTest {

  private final List<ScheduledExecutorService> coordinators = new ArrayList<>();

  @AfterEach
  void shutDown() {
    coordinators.forEach(ScheduledExecutorService::shutdownNow);
  }

  @Test
  void theFirstEventOfABatchEndsTheCoordinatorsWaitAtOnceAndOnlyOnce() throws Exception {
    // waits of up to two hours cut short, so that only the wake-up can end this one within the test
    CoordinatorWakeUps wakeUps = new CoordinatorWakeUps(Duration.ofHours(2));
    ScheduledExecutorService coordinator = coordinator(wakeUps, "budget-years");
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch ran = new CountDownLatch(1);
    coordinator.schedule(() -> {
      runs.incrementAndGet();
      ran.countDown();
    }, 1, TimeUnit.HOURS);

    handleBatchOf(3, wakeUps, "budget-years");

    assertThat(ran.await(5, TimeUnit.SECONDS)).as("the wait was cut short").isTrue();
    handleBatchOf(2, wakeUps, "budget-years");
    Thread.sleep(200);
    assertThat(runs).hasValue(1);
  }

  @Test
  void aWaitLongerThanTheLongestToCutShortIsLeftAlone() throws Exception {
    // as a coordinator that has caught up waits: 500 ms or the token claim interval
    assertWaitLeftAlone(new CoordinatorWakeUps(CoordinatorWakeUps.BUFFER_FULL_WAIT), "budget-years");
  }

  @Test
  void anotherProcessorsBatchLeavesTheWaitAlone() throws Exception {
    assertWaitLeftAlone(new CoordinatorWakeUps(Duration.ofHours(2)), "departments");
  }

  @Test
  void aRunWithoutDelayIsNotRunTwice() throws Exception {
    CoordinatorWakeUps wakeUps = new CoordinatorWakeUps(Duration.ofHours(2));
    AtomicInteger runs = new AtomicInteger();
    coordinator(wakeUps, "budget-years").schedule(runs::incrementAndGet, 0, TimeUnit.MILLISECONDS);
    Thread.sleep(100);

    handleBatchOf(1, wakeUps, "budget-years");
    Thread.sleep(200);

    assertThat(runs).hasValue(1);
  }

  /** The budget-years coordinator's hour-long wait goes on after a batch of the processor given. */
  private void assertWaitLeftAlone(CoordinatorWakeUps wakeUps, String batchOf) throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    coordinator(wakeUps, "budget-years").schedule(ran::countDown, 1, TimeUnit.HOURS);

    handleBatchOf(3, wakeUps, batchOf);

    assertThat(ran.await(300, TimeUnit.MILLISECONDS)).isFalse();
  }

  private ScheduledExecutorService coordinator(CoordinatorWakeUps wakeUps, String processor) {
    ScheduledExecutorService coordinator = wakeUps.coordinatorExecutor(processor);
    coordinators.add(coordinator);
    return coordinator;
  }

  /** Hands the events of one batch, in one unit of work, through the processor's interceptor. */
  private static void handleBatchOf(int events, CoordinatorWakeUps wakeUps, String processor) throws Exception {
    UnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("first"));
    try {
      for (int i = 0; i < events; i++) {
        InterceptorChain handler = () -> null;
        wakeUps.batchStart(processor).handle(batch, handler);
      }
    } finally {
      batch.commit();
    }
  }
}
