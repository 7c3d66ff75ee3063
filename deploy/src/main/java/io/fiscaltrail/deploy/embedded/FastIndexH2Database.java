package io.fiscaltrail.deploy.embedded;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 database with its unique indexes on maps keyed by {@link IndexKeyType}:
 * the same maps, by the same names, in the same order, looked up without serializing keys at
 * every comparison.
 */
final class FastIndexH2Database extends H2Database {

  // H2Database opens the indexes already stored from its constructor, before a subclass could keep
  // the store itself: this reads the store H2Database keeps.
  private static final VarHandle STORE;

  static {
    try {
      STORE = MethodHandles.privateLookupIn(H2Database.class, MethodHandles.lookup())
          .findVarHandle(H2Database.class, "mvStore", MVStore.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  FastIndexH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
    super(databaseName, store, cursorRegistry);
  }

  @Override
  protected Index<Object> openOrCreateUniqueIndex(
      String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
    // the map name H2Database gives an index
    String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    MVMap<KeyValue, Object> map = ((MVStore) STORE.get(this))
        .openMap(mapName, new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
    return new UniqueIndexMap(map, indexName, keys, sparse);
  }

  /** mongo-java-server's H2 unique index (whose constructor is not public) over the map given. */
  private static final class UniqueIndexMap extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> map;

    UniqueIndexMap(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
      super(name, keys, sparse);
      this.map = map;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
      return map.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
      return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
      return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
      return map.get(key);
    }

    @Override
    public long getCount() {
      return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
      return map.isEmpty();
    }

    @Override
    public long getDataSize() {
      return getCount();
    }
  }
}
