package io.fiscaltrail.command.config;

import io.fiscaltrail.eventstore.StreamPositions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.ehcache.UserManagedCache;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.config.builders.UserManagedCacheBuilder;
import org.ehcache.core.Ehcache;

/**
 * The aggregates of one type that this process loaded or saved, at most {@code capacity} of them
 * in an Ehcache heap store, which evicts one of the least recently used; an evicted aggregate is
 * reloaded from its snapshot and the events after it. The references are strong: with Axon's
 * weak-reference cache, any garbage collection between two commands cost the second a reload.
 *
 * <p>Another command-side instance may have appended to a stream since its aggregate was kept, and
 * a command must not be decided on the state before that append. A command that appends to the
 * aggregate needs no read to find out: its first event takes the stream's next number, which the
 * other writer's event already holds, so the append collides on the unique stream key, and the
 * gateway retries the command on the stored state. Any other outcome is confirmed against the
 * store after the handler ran ({@link CachedAggregateCheck}): a refusal, or a command that only
 * read the aggregate, is retried if the stream moved on past the version kept. That is one exact
 * stream-key lookup for those commands and none for the ones that append.
 *
 * <p>Outside a command that {@link CachedAggregateCheck} watches (an import's lines run nested in
 * the import's unit of work, and note their refusals instead of throwing them) an aggregate is
 * handed out only after that lookup shows its stream holds no later event.
 *
 * <p>A creation command that applies nothing (an import line refused in the constructor) leaves an
 * aggregate without an identifier, which Axon still offers to the cache when it saves, and asks it
 * to forget when the unit of work rolls back: there is nothing to keep or forget then.
 */
final class AggregateCache implements Cache, AutoCloseable {

  private static final String HANDED_OUT = AggregateCache.class.getName() + ".handedOut";

  /** An aggregate handed out to a command, and the version it was kept at. */
  record HandedOut(String stream, EventSourcedAggregate<?> aggregate, long version) {

    /** Whether the command applied an event to it: then its append checks the stream. */
    boolean appended() {
      Long now = aggregate.version();
      return now != null && now > version;
    }
  }

  private final StreamPositions streams;
  private final UserManagedCache<Object, Object> store;
  private final Cache kept;

  AggregateCache(StreamPositions streams, long capacity) {
    this.streams = streams;
    // a heap-only store keeps values by reference: the cached entry is the live aggregate
    this.store = UserManagedCacheBuilder.newUserManagedCacheBuilder(Object.class, Object.class)
        .withResourcePools(ResourcePoolsBuilder.heap(capacity))
        .build(true);
    this.kept = new EhCache3Adapter((Ehcache<Object, Object>) store);
  }

  /** Starts noting the aggregates handed out in this command, to be checked after its handler. */
  static List<HandedOut> watch(UnitOfWork<?> command) {
    return command.getOrComputeResource(HANDED_OUT, key -> new ArrayList<>());
  }

  @Override
  public <K, V> V get(K key) {
    V held = kept.get(key);
    if (held instanceof AggregateCacheEntry<?> entry) {
      // an entry made in this process holds the live aggregate and hands it back without using the
      // arguments, which are only needed to rebuild one that was serialized
      EventSourcedAggregate<?> aggregate = entry.recreateAggregate(null, null, null);
      Long version = aggregate == null ? null : aggregate.version();
      List<HandedOut> watched = watched();
      if (version != null && watched != null) {
        watched.add(new HandedOut(key.toString(), aggregate, version));
      } else if (version == null || streams.hasEventAfter(key.toString(), version)) {
        kept.remove(key);
        return null;
      }
    }
    return held;
  }

  @Override
  public void put(Object key, Object value) {
    if (key != null) {
      kept.put(key, value);
    }
  }

  @Override
  public boolean putIfAbsent(Object key, Object value) {
    return key != null && kept.putIfAbsent(key, value);
  }

  @Override
  public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
    return kept.computeIfAbsent(key, valueSupplier);
  }

  @Override
  public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
    kept.computeIfPresent(key, update);
  }

  @Override
  public boolean remove(Object key) {
    return key != null && kept.remove(key);
  }

  @Override
  public void removeAll() {
    kept.removeAll();
  }

  @Override
  public boolean containsKey(Object key) {
    return key != null && kept.containsKey(key);
  }

  @Override
  public Registration registerCacheEntryListener(EntryListener listener) {
    return kept.registerCacheEntryListener(listener);
  }

  @Override
  public void close() {
    store.close();
  }

  private static List<HandedOut> watched() {
    return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root().getResource(HANDED_OUT) : null;
  }
}
