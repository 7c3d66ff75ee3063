package io.fiscaltrail.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Names the facts that can be stated only once: an event that states one is stored with that key in
 * a field of its own ({@code uniqueKey}), under a unique index, so the store refuses a second event
 * with the same key and answers which event holds a key with one exact-key read
 * ({@link GlobalSequenceEventStorageEngine#eventsWithUniqueKeys}). The application that writes the
 * events defines the keys; a process that writes none needs no bean of this type.
 *
 * <p>An append whose fact is stated already is refused whole ({@link FactAlreadyStated}, or what
 * {@link #refusal} makes of it), so a writer need not look a fact up before it states it. The
 * refusal is whole for a key of one stream (one derived from the aggregate's identity, as a
 * voucher's is from its year): a rival writer of the same key writes the same stream and meets
 * the append at its first event. A key that several streams may state could, in a race, leave
 * the events of an append before the refused one stored.
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

  /**
   * What an append is refused with when some of its events state facts already stated: by default
   * the store's own {@link FactAlreadyStated}; the application may say it in its own terms.
   */
  default RuntimeException refusal(FactAlreadyStated stated) {
    return stated;
  }
}
