package io.fiscaltrail.eventstore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's in-memory backend, counting per collection the documents that queries
 * examine: every document a query looks at, through an index or by scanning, is matched against
 * the query once. This is what MongoDB's explain reports as totalDocsExamined.
 */
final class ExaminedDocumentsBackend extends H2Backend {

  private final Map<String, AtomicLong> examined = new ConcurrentHashMap<>();

  ExaminedDocumentsBackend() {
    super(MVStore.open(null));
  }

  long examined(String collection) {
    return examined.getOrDefault(collection, new AtomicLong()).get();
  }

  void resetCounts() {
    examined.clear();
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new CountingDatabase(databaseName);
  }

  private final class CountingDatabase extends H2Database {

    CountingDatabase(String databaseName) {
      super(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
      String namespace = getFullCollectionNamespace(collectionName);
      return new H2Collection(this, collectionName, options,
          getMvStore().openMap("databases." + namespace), getMvStore().openMap("meta." + namespace), cursorRegistry) {
        @Override
        protected boolean documentMatchesQuery(Document document, Document query) {
          examined.computeIfAbsent(collectionName, name -> new AtomicLong()).incrementAndGet();
          return super.documentMatchesQuery(document, query);
        }
      };
    }
  }
}
