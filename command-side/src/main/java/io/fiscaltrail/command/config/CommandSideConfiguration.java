package io.fiscaltrail.command.config;

import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CommandSideProperties.class)
class CommandSideConfiguration {

  @Bean
  SnapshotTriggerDefinition budgetYearSnapshotTrigger(
      Snapshotter snapshotter, CommandSideProperties properties) {
    return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
  }

  /**
   * Axon's default gateway does not retry. Several command-side instances share one store, and the
   * loser of a race on a stream gets a ConcurrencyException (a transient exception to Axon): retry
   * it on fresh state a few times before answering 409.
   */
  @Bean
  CommandGateway commandGateway(CommandBus commandBus, CommandSideProperties properties) {
    return DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .retryScheduler(
            IntervalRetryScheduler.builder()
                .retryExecutor(Executors.newSingleThreadScheduledExecutor())
                .retryInterval(50)
                .maxRetryCount(properties.conflictRetries())
                .build())
        .build();
  }
}
