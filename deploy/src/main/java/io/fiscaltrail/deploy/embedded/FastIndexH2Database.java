package io.fiscaltrail.deploy.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 database with its unique indexes on maps keyed by {@link IndexKeyType}:
 * the same maps, by the same names, in the same order, looked up without serializing keys at
 * every comparison; its collections keep their documents as BSON ({@link DocumentMaps}), read a
 * range of {@code _id}s by a walk and keep no running total of their size
 * ({@link EmbeddedH2Collection}). The maps of a derived collection (its documents, size and
 * indexes) are in the derived file ({@link StoreFiles}); the list of collections and indexes stays
 * with the events.
 */
final class FastIndexH2Database extends H2Database {

  // H2Database's own prefix of the map that keeps a collection's size (private there)
  private static final String META_PREFIX = "meta.";

  // H2Database opens the collections and indexes already stored from its constructor, before a
  // subclass could keep anything: this reads the store H2Database keeps.
  private static final VarHandle STORE;

  static {
    try {
      STORE = MethodHandles.privateLookupIn(H2Database.class, MethodHandles.lookup())
          .findVarHandle(H2Database.class, "mvStore", MVStore.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  FastIndexH2Database(String databaseName, StoreFiles files, CursorRegistry cursorRegistry) {
    super(databaseName, files.events().store(), cursorRegistry);
  }

  @Override
  protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
    MVStore store = storeOf(collectionName);
    String namespace = getFullCollectionNamespace(collectionName);
    MVMap<Object, Document> documents = DocumentMaps.open(store, namespace);
    // the map name H2Database gives a collection's size
    MVMap<String, Object> size = store.openMap(META_PREFIX + namespace);
    return new EmbeddedH2Collection(this, collectionName, options, documents, size, cursorRegistry);
  }

  @Override
  protected Index<Object> openOrCreateUniqueIndex(
      String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
    MVMap<KeyValue, Object> map = storeOf(collectionName)
        .openMap(indexMap(collectionName, indexName), new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
    return new UniqueIndexMap(map, indexName, keys, sparse);
  }

  @Override
  protected void dropIndex(MongoCollection<Object> collection, String indexName) {
    super.dropIndex(collection, indexName);
    storeOf(collection.getCollectionName()).removeMap(indexMap(collection.getCollectionName(), indexName));
  }

  @Override
  public void dropCollection(String collectionName, Oplog oplog) {
    super.dropCollection(collectionName, oplog);
    MVStore store = storeOf(collectionName);
    String namespace = getFullCollectionNamespace(collectionName);
    store.removeMap(DocumentMaps.PREFIX + namespace);
    store.removeMap(META_PREFIX + namespace);
  }

  @Override
  public void drop(Oplog oplog) {
    super.drop(oplog);
    for (MVStore store : List.of(files().events().store(), files().derived().store())) {
      store.getMapNames().stream()
          .filter(map -> map.startsWith(DocumentMaps.PREFIX + databaseName + ".")
              || map.startsWith(META_PREFIX + databaseName + ".")
              || map.startsWith(databaseName + "."))
          .toList()
          .forEach(store::removeMap);
    }
  }

  /** Renaming would move a collection between the files; nothing here renames one. */
  @Override
  public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
    if (files().isDerived(collection.getCollectionName()) || files().isDerived(newCollectionName)) {
      throw new UnsupportedOperationException("Derived collections are not renamed: " + collection.getFullName());
    }
    String oldNamespace = collection.getFullName();
    super.moveCollection(oldDatabase, collection, newCollectionName);
    // H2Database renames its maps by the collection's name after the rename, so it opens two new
    // maps and renames each to itself; the collection's own maps keep the old names.
    MVStore store = files().events().store();
    String newNamespace = getFullCollectionNamespace(newCollectionName);
    store.removeMap(DocumentMaps.JAVA_SERIALIZED_PREFIX + newNamespace);
    store.removeMap(META_PREFIX + newNamespace);
    store.renameMap(DocumentMaps.open(store, oldNamespace), DocumentMaps.PREFIX + newNamespace);
    store.renameMap(store.openMap(META_PREFIX + oldNamespace), META_PREFIX + newNamespace);
  }

  // the map name H2Database gives an index
  private String indexMap(String collectionName, String indexName) {
    return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
  }

  private MVStore storeOf(String collectionName) {
    return files().storeOf(collectionName);
  }

  // Looked up, not kept: H2Database opens the stored collections from its constructor.
  private StoreFiles files() {
    return StoreFiles.of((MVStore) STORE.get(this));
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
