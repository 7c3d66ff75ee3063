package io.fiscaltrail.command.config;

import io.fiscaltrail.command.origin.OriginMetaData;
import io.fiscaltrail.command.web.StoreUnreachable;
import io.fiscaltrail.eventstore.StreamPositions;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;


@org.springframework.context.annotation.Configuration
@EnableConfigurationProperties(CommandSideProperties.class)
class CommandSideConfiguration {

  @Bean
  SnapshotTriggerDefinition budgetYearSnapshotTrigger(
      Snapshotter snapshotter, CommandSideProperties properties) {
    return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
  }

  /*
   * Each aggregate type keeps the aggregates it has loaded or saved in memory, so that a command
   * reads neither the snapshot nor the events after it (see AggregateCache). A command on a stale
   * aggregate collides on the unique stream key when it appends, or is caught by
   * CachedAggregateCheck when it does not; Axon drops the cached aggregate on that rollback and the
   * gateway retries on stored state.
   */
  @Bean
  Cache budgetYearCache(CommandSideProperties properties, StreamPositions streams) {
    return aggregateCache(properties, streams);
  }

  @Bean
  Cache assetRegisterCache(CommandSideProperties properties, StreamPositions streams) {
    return aggregateCache(properties, streams);
  }

  @Bean
  Cache departmentCache(CommandSideProperties properties, StreamPositions streams) {
    return aggregateCache(properties, streams);
  }

  private static Cache aggregateCache(CommandSideProperties properties, StreamPositions streams) {
    return properties.cacheAggregates()
        ? new AggregateCache(streams, properties.cachedAggregates())
        : NoCache.INSTANCE;
  }

  /**
   * Copies each command's origin (actor, correlation id, idempotency key, client address) into the
   * events it applies. Replaces Axon's default MessageOriginProvider, whose correlationId would be
   * a message id rather than the request's.
   */
  @Bean
  CorrelationDataProvider originOfEvents() {
    return OriginMetaData.PROVIDER;
  }

  /** Finds the aggregate a command targets as Axon does, with each command class inspected once. */
  @Bean
  CommandTargetResolver commandTargetResolver() {
    return new CommandTargets();
  }

  /**
   * Axon's default snapshotter takes a snapshot on the thread of the command that triggered it,
   * after its commit but before its caller is answered; a long fiscal year (or an import that
   * crosses the threshold) then waits for it. Here snapshots are taken on a thread of their own.
   */
  @Bean
  SpringAggregateSnapshotter aggregateSnapshotter(
      Configuration configuration,
      HandlerDefinition handlerDefinition,
      ParameterResolverFactory parameterResolverFactory,
      EventStore eventStore,
      TransactionManager transactionManager,
      SnapshotterSpanFactory spanFactory) {
    return SpringAggregateSnapshotter.builder()
        .repositoryProvider(configuration::repository)
        .transactionManager(transactionManager)
        .eventStore(eventStore)
        .parameterResolverFactory(parameterResolverFactory)
        .handlerDefinition(handlerDefinition)
        .spanFactory(spanFactory)
        .executor(Executors.newSingleThreadExecutor(task -> {
          Thread thread = new Thread(task, "snapshotter");
          thread.setDaemon(true);
          return thread;
        }))
        .build();
  }

  /**
   * Axon's default gateway does not retry. Several command-side instances share one store, and the
   * loser of a race on a stream gets a ConcurrencyException (a transient exception to Axon): retry
   * it on fresh state a few times before answering 409. An unreachable store is not retried: the
   * caller would only wait another server-selection timeout before its 503.
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
                .addNonTransientFailurePredicate(StoreUnreachable::explains)
                .build())
        .build();
  }
}
