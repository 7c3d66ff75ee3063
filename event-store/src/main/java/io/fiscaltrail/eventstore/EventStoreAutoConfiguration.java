package io.fiscaltrail.eventstore;

import com.mongodb.client.MongoClient;
import java.time.Clock;
import java.util.ServiceLoader;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Axon's event store and token store in MongoDB, for every FiscalTrail process that depends on
 * this module. It runs before Axon's auto-configuration so that Axon builds its event store on
 * this storage engine instead of its defaults, and after Boot's, whose {@link MongoClient} (from
 * {@code spring.data.mongodb.uri}) it uses.
 */
@AutoConfiguration(
    after = MongoAutoConfiguration.class,
    before = {
      AxonAutoConfiguration.class,
      JpaAutoConfiguration.class,
      JpaEventStoreAutoConfiguration.class,
      JdbcAutoConfiguration.class
    })
@EnableConfigurationProperties({EventStoreProperties.class, MongoProperties.class})
public class EventStoreAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  public MongoTemplate axonMongoTemplate(MongoClient mongoClient, MongoProperties mongoProperties) {
    return DefaultMongoTemplate.builder()
        .mongoDatabase(mongoClient, mongoProperties.getMongoClientDatabase())
        .build();
  }

  @Bean
  @ConditionalOnMissingBean
  public GlobalSequenceStorageStrategy globalSequenceStorageStrategy(MongoClient mongoClient,
      MongoProperties mongoProperties, EventStoreProperties eventStoreProperties, ObjectProvider<UniqueEventKeys> uniqueKeys) {
    GlobalSequenceAllocator allocator = new GlobalSequenceAllocator(mongoClient
        .getDatabase(mongoProperties.getMongoClientDatabase())
        .getCollection(GlobalSequenceAllocator.DEFAULT_COLLECTION),
        eventStoreProperties.sequenceBlock(), eventStoreProperties.sequenceBlockLifetime());
    return new GlobalSequenceStorageStrategy(
        allocator, eventStoreProperties.gapTimeout(), Clock.systemUTC(), uniqueKeys.getIfAvailable(() -> UniqueEventKeys.NONE));
  }

  @Bean
  @ConditionalOnMissingBean(EventStorageEngine.class)
  public GlobalSequenceEventStorageEngine eventStorageEngine(
      MongoTemplate axonMongoTemplate,
      GlobalSequenceStorageStrategy storageStrategy,
      Serializer serializer,
      @Qualifier("eventSerializer") Serializer eventSerializer,
      Configuration axonConfiguration) {
    return new GlobalSequenceEventStorageEngine(
        MongoEventStorageEngine.builder()
            .snapshotSerializer(serializer)
            .eventSerializer(eventSerializer)
            .upcasterChain(axonConfiguration.upcasterChain())
            .snapshotFilter(axonConfiguration.snapshotFilter()),
        axonMongoTemplate,
        storageStrategy);
  }

  /** Runs when the context starts, before the process takes a command. */
  @Bean
  @ConditionalOnBean(GlobalSequenceEventStorageEngine.class)
  public UniqueKeyBackfill uniqueKeyBackfill(GlobalSequenceEventStorageEngine eventStorageEngine,
      GlobalSequenceStorageStrategy storageStrategy, MongoTemplate axonMongoTemplate, MongoClient mongoClient,
      MongoProperties mongoProperties) {
    return new UniqueKeyBackfill(eventStorageEngine, storageStrategy, axonMongoTemplate.eventCollection(),
        mongoClient.getDatabase(mongoProperties.getMongoClientDatabase()).getCollection(UniqueKeyBackfill.COLLECTION));
  }

  /**
   * The upcasters the event classes on the classpath declare in {@code META-INF/services}: every
   * process that uses this store applies them, whichever side loads an event, and the store names no
   * event type itself. Axon adds them to {@link Configuration#upcasterChain()}, which the engine reads.
   */
  @Bean
  public ConfigurerModule declaredEventUpcasters() {
    return configurer -> ServiceLoader.load(EventUpcaster.class, EventStoreAutoConfiguration.class.getClassLoader())
        .forEach(upcaster -> configurer.registerEventUpcaster(configuration -> upcaster));
  }

  @Bean
  @ConditionalOnMissingBean
  public StreamPositions streamPositions(MongoTemplate axonMongoTemplate) {
    return new StreamPositions(axonMongoTemplate.eventCollection());
  }

  @Bean
  @ConditionalOnMissingBean
  public StoreAudit storeAudit(MongoTemplate axonMongoTemplate) {
    return new StoreAudit(axonMongoTemplate.eventCollection());
  }

  @Bean
  @ConditionalOnMissingBean
  public TokenStore tokenStore(
      MongoTemplate axonMongoTemplate, Serializer serializer, EventStoreProperties eventStoreProperties) {
    return MongoTokenStore.builder()
        .mongoTemplate(axonMongoTemplate)
        .serializer(serializer)
        .claimTimeout(eventStoreProperties.claimTimeout())
        .build();
  }

  @Bean
  public DurableTokenStoreCheck durableTokenStoreCheck() {
    return new DurableTokenStoreCheck();
  }
}
