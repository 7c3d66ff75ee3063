package io.fiscaltrail.query.config;

import java.time.Clock;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@org.springframework.context.annotation.Configuration
@EnableConfigurationProperties(QuerySideProperties.class)
@EnableScheduling
class QuerySideConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock(QuerySideProperties properties) {
    return Clock.system(properties.zone());
  }

  /**
   * Every projection runs in a pooled streaming processor: it reads the store in batches (one
   * read-model write per batch) and splits the stream into segments that several instances can
   * claim through the shared token store.
   */
  @Bean
  ConfigurerModule streamingProjections(QuerySideProperties properties) {
    return configurer ->
        configurer
            .eventProcessing()
            .usingPooledStreamingEventProcessors(
                (Configuration config, PooledStreamingEventProcessor.Builder builder) ->
                    builder
                        .batchSize(properties.batchSize())
                        .initialSegmentCount(properties.segments()));
  }
}
