package io.fiscaltrail.deploy.embedded;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The maps that hold each collection's documents, as BSON ({@link BsonDocumentType}), one per
 * collection, named {@code bson.<database>.<collection>}. mongo-java-server's own maps, named
 * {@code databases.<database>.<collection>}, hold Java-serialized documents: a file written before
 * (by an earlier version, or by the stock backend) has its documents moved into BSON maps once,
 * when it opens. The stock backend does not read a file after that.
 */
final class DocumentMaps {

  static final String PREFIX = "bson.";
  static final String JAVA_SERIALIZED_PREFIX = "databases.";

  // Bounds the unsaved pages a conversion holds in memory.
  private static final int DOCUMENTS_PER_COMMIT = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(DocumentMaps.class);

  private DocumentMaps() {}

  /** The documents of the collection {@code <database>.<collection>}. */
  static MVMap<Object, Document> open(MVStore store, String namespace) {
    return store.openMap(PREFIX + namespace,
        new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
  }

  /**
   * Moves the documents of every Java-serialized map into its BSON map, and removes the old map.
   * Runs before the server takes any command. Crash-safe though it commits every
   * {@value #DOCUMENTS_PER_COMMIT} documents: the old map is removed only after its last document
   * is copied, nothing else writes the new map meanwhile, so a conversion cut short copies the
   * same documents again, by the same keys, on the next opening.
   */
  static void convertJavaSerialized(MVStore store, String file) {
    List<String> javaSerialized = store.getMapNames().stream()
        .filter(name -> name.startsWith(JAVA_SERIALIZED_PREFIX))
        .toList();
    if (javaSerialized.isEmpty()) {
      return;
    }
    long moved = 0;
    for (String name : javaSerialized) {
      MVMap<Object, Object> old = store.openMap(name);
      MVMap<Object, Document> bson = open(store, name.substring(JAVA_SERIALIZED_PREFIX.length()));
      for (Map.Entry<Object, Object> document : old.entrySet()) {
        bson.put(document.getKey(), (Document) document.getValue());
        if (++moved % DOCUMENTS_PER_COMMIT == 0) {
          store.commit();
        }
      }
      store.removeMap(old);
    }
    store.commit();
    LOG.info("Stored {} documents of {} collections in {} as BSON (written Java-serialized before)",
        moved, javaSerialized.size(), file);
  }
}
