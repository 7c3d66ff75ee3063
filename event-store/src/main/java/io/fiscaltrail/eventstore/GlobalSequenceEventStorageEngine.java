package io.fiscaltrail.eventstore;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventsourcing.EventStreamUtils;
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
    return strategy.createHeadToken(template.eventCollection());
  }

  @Override
  public GapAwareTrackingToken createTokenAt(Instant dateTime) {
    return strategy.createTokenAt(template.eventCollection(), dateTime);
  }

  /** An append refused for a fact stated already goes to the caller as the application's refusal, not as a conflict to retry. */
  @Override
  protected void handlePersistenceException(Exception exception, EventMessage<?> failedEvent) {
    if (exception instanceof FactAlreadyStated stated) {
      throw strategy.refusal(stated);
    }
    super.handlePersistenceException(exception, failedEvent);
  }

  /**
   * The stored events that state these facts ({@link UniqueEventKeys}), by key, upcast and
   * deserialized as a stream read gives them; a key no event holds is absent. One exact-key read.
   * An event found may belong to a commit still being inserted: its key is taken all the same, and
   * the rival writer's commit then meets it at its first event.
   */
  public Map<String, DomainEventMessage<?>> eventsWithUniqueKeys(List<String> keys) {
    Map<String, DomainEventMessage<?>> events = new HashMap<>();
    strategy.findByUniqueKeys(template.eventCollection(), keys).forEach((key, document) ->
        EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(EventDocuments.read(document)), getEventSerializer(), upcasterChain)
            .asStream()
            .findFirst()
            .ifPresent(event -> events.put((String) key, event)));
    return events;
  }
}
