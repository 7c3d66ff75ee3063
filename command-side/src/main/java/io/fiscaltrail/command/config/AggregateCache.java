package io.fiscaltrail.command.config;

import io.fiscaltrail.eventstore.StreamPositions;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;

/**
 * The aggregates of one type that this process loaded or saved, held by weak references: kept as
 * long as the heap can spare them, reloaded from the store when collected.
 *
 * <p>An aggregate is handed out only while its stream holds no event after the version it was
 * kept at: another command-side instance may have appended since, and a command decided on the
 * state before that append could be refused wrongly (a reduction checked against a smaller total)
 * without ever colliding with it. That is one exact stream-key lookup, instead of the snapshot and
 * the events after it.
 *
 * <p>A creation command that applies nothing (an import line refused in the constructor) leaves an
 * aggregate without an identifier, which Axon still offers to the cache when it saves, and asks it
 * to forget when the unit of work rolls back: there is nothing to keep or forget then.
 */
final class AggregateCache extends WeakReferenceCache {

  private final StreamPositions streams;

  AggregateCache(StreamPositions streams) {
    this.streams = streams;
  }

  @Override
  public <K, V> V get(K key) {
    V kept = super.get(key);
    if (kept instanceof AggregateCacheEntry<?> entry && !current(key.toString(), entry)) {
      super.remove(key);
      return null;
    }
    return kept;
  }

  @Override
  public void put(Object key, Object value) {
    if (key != null) {
      super.put(key, value);
    }
  }

  @Override
  public boolean remove(Object key) {
    return key != null && super.remove(key);
  }

  private boolean current(String stream, AggregateCacheEntry<?> entry) {
    // an entry made in this process holds the live aggregate and hands it back without using the
    // arguments, which are only needed to rebuild one that was serialized
    EventSourcedAggregate<?> aggregate = entry.recreateAggregate(null, null, null);
    Long version = aggregate == null ? null : aggregate.version();
    return version != null && !streams.hasEventAfter(stream, version);
  }
}
