package io.fiscaltrail.deploy.embedded;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the embedded server's index maps: H2's own {@link ObjectDataType}, stored the
 * same way and ordered the same way, only faster to compare.
 *
 * <p>mongo-java-server keys an index by {@link KeyValue}, which is not {@link Comparable}, so H2
 * orders such keys by their Java serialization and serializes both keys again at every comparison
 * of every lookup: a third of the CPU of a projection replay went there. This type keeps the same
 * order (so data files written by the stock backend stay valid, and stay readable by it) but
 * remembers each key's serialized bytes, by identity, as long as the key object lives (the keys of
 * loaded pages, the key of a running lookup). No other bound: what it holds is bounded by the keys
 * alive, which H2's page cache bounds, and a bounded cache recorded every read of every comparison
 * for its eviction order, which a thread of its own then replayed: 5-11 % of the process's CPU
 * while the gateway ingested (BENCHMARKS.md, run 24). A search serializes the key it looks for
 * once, not at each comparison.
 *
 * <p>The same bytes are what a page write stores for such a key, in H2's own format: H2 serialized
 * every key of every page a commit writes once more, and each acknowledged event's commit writes
 * the pages that lead to it in every index it changed, which was a third of the embedded server's
 * CPU while the gateway ingested (BENCHMARKS.md, run 18).
 */
final class IndexKeyType extends ObjectDataType {

  static final IndexKeyType INSTANCE = new IndexKeyType();

  /** How H2's ObjectDataType tags a Java-serialized object (its TYPE_SERIALIZED_OBJECT). */
  private static final byte SERIALIZED_OBJECT = 19;

  private final Cache<Object, byte[]> serialized = Caffeine.newBuilder()
      .weakKeys() // identity, and gone with the key object
      // forgetting the keys that died is a few reference polls, done by the thread that noticed;
      // handed to the common pool, each woke a thread: 0.09-0.22 ms of CPU per gateway command (run 24)
      .executor(Runnable::run)
      .build();

  private IndexKeyType() {}

  @Override
  public int compare(Object a, Object b) {
    if (a instanceof KeyValue && b instanceof KeyValue) {
      // what ObjectDataType does for two objects that are not Comparable, minus the re-serializing
      return a == b ? 0 : compareNotNull(serializedForm(a), serializedForm(b));
    }
    return super.compare(a, b);
  }

  /** H2's binary search over a page's keys, with the key looked for serialized once. */
  @Override
  public int binarySearch(Object key, Object storage, int size, int initialGuess) {
    if (!(key instanceof KeyValue)) {
      return super.binarySearch(key, storage, size, initialGuess);
    }
    byte[] wanted = serializedForm(key);
    Object[] keys = (Object[]) storage;
    int low = 0;
    int high = size - 1;
    int x = initialGuess - 1; // as H2: a guess of 0 means none
    if (x < 0 || x > high) {
      x = high >>> 1;
    }
    while (low <= high) {
      Object other = keys[x];
      int compare = other == key ? 0
          : other instanceof KeyValue ? compareNotNull(wanted, serializedForm(other)) : super.compare(key, other);
      if (compare > 0) {
        low = x + 1;
      } else if (compare < 0) {
        high = x - 1;
      } else {
        return x;
      }
      x = (low + high) >>> 1;
    }
    return ~low;
  }

  /** As H2 writes a serialized object: its tag, its length, its bytes. */
  @Override
  public void write(WriteBuffer buffer, Object key) {
    if (!(key instanceof KeyValue)) {
      super.write(buffer, key);
      return;
    }
    byte[] bytes = serializedForm(key);
    buffer.put(SERIALIZED_OBJECT).putVarInt(bytes.length).put(bytes);
  }

  /**
   * H2's estimate for a serialized object, twice its bytes, taken from this key's own bytes: H2
   * keeps a running average of the sizes it wrote and read, which the writes above no longer feed.
   */
  @Override
  public int getMemory(Object key) {
    return key instanceof KeyValue ? 2 * serializedForm(key).length : super.getMemory(key);
  }

  private byte[] serializedForm(Object key) {
    return serialized.get(key, ObjectDataType::serialize);
  }
}
