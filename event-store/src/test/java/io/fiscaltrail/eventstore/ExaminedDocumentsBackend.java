package io.fiscaltrail.eventstore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's in-memory backend, counting per collection the documents that queries
 * examine: every document a query looks at, through an index or by scanning, is matched against
 * the query once. This is what MongoDB's explain reports as totalDocsExamined.
 *
 * <p>A range of whole-number {@code _id}s (a tracking read's) is answered from the {@code _id}
 * index, as MongoDB and the application's embedded server (deploy's EmbeddedH2Collection, which
 * walks its documents map) answer it; the stock backend would scan every document.
 */
final class ExaminedDocumentsBackend extends H2Backend {

  private final Map<String, AtomicLong> examined = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> queries = new ConcurrentHashMap<>();

  ExaminedDocumentsBackend() {
    super(MVStore.open(null));
  }

  long examined(String collection) {
    return examined.getOrDefault(collection, new AtomicLong()).get();
  }

  /** The queries the collection answered, whatever they examined. */
  long queries(String collection) {
    return queries.getOrDefault(collection, new AtomicLong()).get();
  }

  void resetCounts() {
    examined.clear();
    queries.clear();
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
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
            int batchSize, Document fieldSelector) {
          queries.computeIfAbsent(collectionName, name -> new AtomicLong()).incrementAndGet();
          return super.queryDocuments(idRangeAsExactIds(query), orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        @Override
        protected boolean documentMatchesQuery(Document document, Document query) {
          examined.computeIfAbsent(collectionName, name -> new AtomicLong()).incrementAndGet();
          return super.documentMatchesQuery(document, query);
        }
      };
    }
  }

  /** {@code {_id: {$gte: a, $lte: b}}} as {@code {_id: {$in: [a..b]}}}, which the stock backend answers from its index. */
  private static Document idRangeAsExactIds(Document query) {
    if (query.size() == 1 && query.get("_id") instanceof Document bounds && bounds.size() == 2
        && bounds.get("$gte") instanceof Long from && bounds.get("$lte") instanceof Long to) {
      return new Document("_id", new Document("$in", LongStream.rangeClosed(from, to).boxed().toList()));
    }
    return query;
  }
}
