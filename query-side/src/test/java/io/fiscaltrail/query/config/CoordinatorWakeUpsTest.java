package io.fiscaltrail.query.config;

import static org.assertj.core.api.Assertions.assertThat;

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

  private final CoordinatorWakeUps wakeUps = new CoordinatorWakeUps();
  private final ScheduledExecutorService coordinator = wakeUps.coordinatorExecutor("budget-years");

  @AfterEach
  void shutDown() {
    coordinator.shutdownNow();
  }

  @Test
  void theFirstEventOfABatchRunsTheCoordinatorsDelayedRunAtOnceAndOnlyOnce() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch ran = new CountDownLatch(1);
    coordinator.schedule(() -> {
      runs.incrementAndGet();
      ran.countDown();
    }, 1, TimeUnit.HOURS);

    handleBatchOf(3, "budget-years");

    assertThat(ran.await(5, TimeUnit.SECONDS)).as("the hour-long wait was cut short").isTrue();
    handleBatchOf(2, "budget-years");
    Thread.sleep(200);
    assertThat(runs).hasValue(1);
  }

  @Test
  void anotherProcessorsBatchLeavesTheWaitAlone() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    coordinator.schedule(ran::countDown, 1, TimeUnit.HOURS);

    handleBatchOf(3, "departments");

    assertThat(ran.await(300, TimeUnit.MILLISECONDS)).isFalse();
  }

  @Test
  void aRunWithoutDelayIsNotRunTwice() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    coordinator.schedule(runs::incrementAndGet, 0, TimeUnit.MILLISECONDS);
    Thread.sleep(100);

    handleBatchOf(1, "budget-years");
    Thread.sleep(200);

    assertThat(runs).hasValue(1);
  }

  /** Hands the events of one batch, in one unit of work, through the processor's interceptor. */
  private void handleBatchOf(int events, String processor) throws Exception {
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
