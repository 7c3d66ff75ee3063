package io.fiscaltrail.eventstore;

import java.time.Instant;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;

/**
 * Axon's Mongo storage engine on a {@link GlobalSequenceStorageStrategy}. The stock engine makes
 * head and time-based tokens as {@code MongoTrackingToken}s (a timestamp and a look-back window);
 * here every token is a {@link GapAwareTrackingToken} on the global sequence (the tail token comes
 * from the strategy already).
 */
public class GlobalSequenceEventStorageEngine extends MongoEventStorageEngine {

  private final MongoTemplate template;
  private final GlobalSequenceStorageStrategy strategy;

  /**
   * @param settings serializers, upcasters and snapshot filter; its template and storage strategy
   *     are set here
   */
  public GlobalSequenceEventStorageEngine(
      MongoEventStorageEngine.Builder settings, MongoTemplate template, GlobalSequenceStorageStrategy strategy) {
    super(settings.mongoTemplate(template).storageStrategy(strategy));
    this.template = template;
    this.strategy = strategy;
  }

  @Override
  public GapAwareTrackingToken createHeadToken() {
    return strategy.createHeadToken();
  }

  @Override
  public GapAwareTrackingToken createTokenAt(Instant dateTime) {
    return strategy.createTokenAt(template.eventCollection(), dateTime);
  }
}
