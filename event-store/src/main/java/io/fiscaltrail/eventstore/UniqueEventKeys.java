package io.fiscaltrail.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Names the facts that can be stated only once: an event that states one is stored with that key in
 * a field of its own ({@code uniqueKey}), under a unique index, so the store refuses a second event
 * with the same key and answers which event holds a key with one exact-key read
 * ({@link GlobalSequenceEventStorageEngine#eventsWithUniqueKeys}). The application that writes the
 * events defines the keys; a process that writes none needs no bean of this type.
 */
public interface UniqueEventKeys {

  /** No event has a key. */
  UniqueEventKeys NONE = new UniqueEventKeys() {
    @Override
    public String keyOf(DomainEventMessage<?> event) {
      return null;
    }

    @Override
    public String scheme() {
      return "none";
    }
  };

  /** The key of the fact the event states, or null when the event may be stated any number of times. */
  String keyOf(DomainEventMessage<?> event);

  /**
   * The name of these rules. Events stored before a process with rules of another name first
   * started are given their keys then ({@link UniqueKeyBackfill}); a change to the rules changes it.
   */
  String scheme();
}
