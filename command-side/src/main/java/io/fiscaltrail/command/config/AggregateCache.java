package io.fiscaltrail.command.config;

import org.axonframework.common.caching.WeakReferenceCache;

/**
 * The aggregates of one type that this process loaded or saved, held by weak references: kept as
 * long as the heap can spare them, reloaded from the store when collected.
 *
 * <p>A creation command that applies nothing (an import line refused in the constructor) leaves an
 * aggregate without an identifier, which Axon still offers to the cache when it saves, and asks it
 * to forget when the unit of work rolls back: there is nothing to keep or forget then.
 */
final class AggregateCache extends WeakReferenceCache {

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
}
