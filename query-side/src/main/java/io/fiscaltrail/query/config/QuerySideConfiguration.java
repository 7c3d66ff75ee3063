package io.fiscaltrail.query.config;

import io.fiscaltrail.eventstore.EventStoreProperties;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

@org.springframework.context.annotation.Configuration
@EnableConfigurationProperties({QuerySideProperties.class, DiagnosticsProperties.class})
@EnableScheduling
class QuerySideConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock(QuerySideProperties properties) {
    return Clock.system(properties.zone());
  }

  /**
   * Every projection runs in a pooled streaming processor: it reads the store in batches (one
   * read-model write per batch) and splits the stream into segments that several instances share
   * through the token store, each claiming its fair share ({@link QueryInstances}). The beans are
   * looked up when Axon configures itself: the read model's own tests run without Axon and need none.
   */
  @Bean
  ConfigurerModule streamingProjections(
      QuerySideProperties properties,
      DiagnosticsProperties diagnostics,
      ObjectProvider<MongoTemplate> mongo,
      ObjectProvider<EventStoreProperties> eventStore) {
    return configurer -> {
      QueryInstances instances = new QueryInstances(
          mongo.getObject().getCollection(QueryInstances.COLLECTION),
          eventStore.getObject().claimTimeout(),
          properties.segments());
      // before the processors claim anything, and stopped after they released their claims
      configurer.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, instances::start);
      configurer.onShutdown(Phase.INBOUND_EVENT_CONNECTORS - 1, instances::stop);
      CoordinatorWakeUps coordinators = new CoordinatorWakeUps(CoordinatorWakeUps.BUFFER_FULL_WAIT);
      configurer
          .eventProcessing()
          // A projection that cannot write (MongoDB unreachable) must stop and retry the batch from
          // its token; Axon's default logs the failure and skips the event, leaving a hole for good.
          .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance())
          .usingPooledStreamingEventProcessors(
              (Configuration config, PooledStreamingEventProcessor.Builder builder) ->
                  builder
                      .tokenStore(new ReadModelFirstTokenStore(config.getComponent(TokenStore.class)))
                      .batchSize(properties.batchSize())
                      .initialSegmentCount(properties.segments())
                      .maxSegmentProvider(instances)
                      .coordinatorExecutor(name -> {
                        ScheduledExecutorService executor = coordinators.coordinatorExecutor(name);
                        config.onShutdown(executor::shutdown);
                        return executor;
                      }))
          .registerDefaultHandlerInterceptor((config, processorName) -> coordinators.batchStart(processorName));
      if (diagnostics.countDeliveries()) {
        configurer.eventProcessing().registerDefaultHandlerInterceptor((config, processor) ->
            new ProjectionDeliveries(processor, mongo.getObject().getCollection(ProjectionDeliveries.COLLECTION)));
      }
    };
  }
}
