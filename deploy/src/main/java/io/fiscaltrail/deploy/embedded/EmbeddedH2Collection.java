package io.fiscaltrail.deploy.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's H2 collection, with four differences.
 *
 * <p>It answers a filter on a range of whole-number {@code _id}s the way MongoDB answers it from
 * its {@code _id} index: by walking the documents from the lower bound to the upper one. The stock
 * collection reads and matches every document of the collection for such a filter, so a reader
 * that pages through the events by global sequence number would read the whole store once a page.
 * The documents are kept in a map ordered by {@code _id}, but by H2's own order, which groups keys
 * by Java type before comparing values. The walk is taken only when the first and the last key are
 * both {@code Long} (then every key is), so it returns what MongoDB's numeric order would; any
 * other filter, order or collection takes the stock path. Every document walked is still matched
 * against the whole filter.
 *
 * <p>It keeps no running total of its documents' size. The stock collection BSON-encodes every
 * document it inserts or deletes, and both versions of every document it updates, to keep that
 * total, and writes it to a map of its own, so each acknowledged event's commit also carried that
 * map's pages. Only {@code collStats} and {@code dbStats} report the total; nothing here asks, and
 * they now report what a file written before held, or 0.
 *
 * <p>A filter that names {@code _id} beside other conditions, or among the conditions of a
 * top-level {@code $and}, is answered from the {@code _id} index, as MongoDB does. The stock
 * collection uses an index only for a filter that names exactly its keys, so an update of one
 * ledger chunk "while its {@code last} is below n" read and matched every chunk of the collection.
 *
 * <p>An update of one document by replacement, {@code $set} or {@code $push} of top-level fields
 * builds the updated document without copying the stored one ({@link SharedUpdate}).
 */
final class EmbeddedH2Collection extends H2Collection {

  private static final String ID = "_id";
  private static final Set<String> BOUNDS = Set.of("$gt", "$gte", "$lt", "$lte");

  private final MVMap<Object, Document> documents;

  EmbeddedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
      MVMap<Object, Document> documents, MVMap<String, Object> size, CursorRegistry cursorRegistry) {
    super(database, collectionName, options, documents, size, cursorRegistry);
    this.documents = documents;
  }

  @Override
  protected boolean tracksDataSize() {
    return false;
  }

  /**
   * The documents the filter's {@code _id} condition alone selects through the {@code _id} index,
   * each then matched against the whole filter (its fields are all required, so nothing else can
   * match); any other filter takes the stock path.
   */
  @Override
  protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
      Document fieldSelector) {
    Document byIdAlone = idCondition(query);
    if (byIdAlone != null) {
      for (Index<Object> index : getIndexes()) {
        if (index.getKeys().size() == 1 && ID.equals(index.getKeys().get(0).getKey()) && index.canHandle(byIdAlone)) {
          return matchDocuments(query, index.getPositions(byIdAlone), orderBy, numberToSkip, limit, batchSize,
              fieldSelector);
        }
      }
    }
    return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
  }

  /**
   * The filter's condition on {@code _id} when it has others too: beside them, or as one of the
   * conditions of a top-level {@code $and} (the driver's {@code Filters.and} writes one); else null.
   */
  private static Document idCondition(Document query) {
    if (query.size() > 1 && query.containsKey(ID)) {
      return new Document(ID, query.get(ID));
    }
    if (query.size() == 1 && query.get("$and") instanceof List<?> conditions && conditions.size() > 1) {
      for (Object condition : conditions) {
        if (condition instanceof Document document && document.size() == 1 && document.containsKey(ID)) {
          return document;
        }
      }
    }
    return null;
  }

  @Override
  public Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters, boolean isMulti,
      boolean isUpsert, Oplog oplog) {
    SharedUpdate shared = isMulti || !arrayFilters.isEmpty() ? null : SharedUpdate.of(update);
    if (shared == null) {
      return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
    }
    Iterator<Document> matched = queryDocuments(selector, null, 0, 1, 0, null).iterator();
    if (!matched.hasNext()) {
      return isUpsert ? insertReplacement(selector, update, shared, arrayFilters, oplog) : notMatched(selector, update, oplog);
    }
    Document stored = matched.next();
    Document updated = shared.applyTo(stored);
    if (updated == null) {
      return super.updateDocuments(selector, update, arrayFilters, false, isUpsert, oplog);
    }
    boolean modified = !updated.equals(stored);
    if (modified) {
      for (Index<Object> index : getIndexes()) {
        index.checkUpdate(stored, updated, this);
      }
      Object position = positionOf(stored);
      for (Index<Object> index : getIndexes()) {
        index.updateInPlace(stored, updated, position, this);
      }
      handleUpdate(position, stored, updated);
    }
    oplog.handleUpdate(getFullName(), selector, update, modified ? List.of(stored.get(ID)) : List.of());
    return new Document("n", 1).append("nModified", modified ? 1 : 0);
  }

  /** An upsert that matched nothing: a replacement of one plain {@code _id} is inserted here, anything else by the stock path. */
  private Document insertReplacement(Document selector, Document update, SharedUpdate shared, ArrayFilters arrayFilters,
      Oplog oplog) {
    Object id = selector.get(ID);
    Document inserted = !shared.isReplacement() || selector.size() != 1 || id == null || id instanceof Document
        || id instanceof Collection ? null : shared.replacing(id);
    if (inserted == null) {
      return super.updateDocuments(selector, update, arrayFilters, false, true, oplog);
    }
    addDocument(inserted);
    oplog.handleInsert(getFullName(), List.of(inserted));
    return new Document("upserted", id).append("n", 0).append("nModified", 0);
  }

  private Document notMatched(Document selector, Document update, Oplog oplog) {
    oplog.handleUpdate(getFullName(), selector, update, List.of());
    return new Document("n", 0).append("nModified", 0);
  }

  /** Where the stored document sits, as its indexes have it (on this backend, its {@code _id}). */
  private Object positionOf(Document stored) {
    for (Index<Object> index : getIndexes()) {
      Object position = index.getPosition(stored);
      if (position != null) {
        return position;
      }
    }
    return findDocumentPosition(stored);
  }

  @Override
  protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
      Document fieldSelector) {
    IdRange range = IdRange.of(query, orderBy);
    if (range == null || !(documents.firstKey() instanceof Long) || !(documents.lastKey() instanceof Long)) {
      return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }
    // already in _id order, so no comparator
    return matchDocumentsFromStream(walk(range), query, null, numberToSkip, limit, batchSize, fieldSelector);
  }

  private Stream<Document> walk(IdRange range) {
    if (range.from() > range.to()) {
      return Stream.empty();
    }
    Cursor<Object, Document> cursor = documents.cursor(range.from(), range.to(), false);
    Iterator<Document> values = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return cursor.hasNext();
      }

      @Override
      public Document next() {
        if (!cursor.hasNext()) {
          throw new NoSuchElementException();
        }
        cursor.next();
        return cursor.getValue();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(values, Spliterator.ORDERED), false);
  }

  /** Inclusive bounds of a filter that names only {@code _id} with whole-number comparisons. */
  record IdRange(long from, long to) {

    /** The range, or null when the filter or the order is anything else. */
    static IdRange of(Document query, Document orderBy) {
      if (!ascendingById(orderBy) || query.size() != 1 || !(query.get(ID) instanceof Document bounds)
          || bounds.isEmpty() || !BOUNDS.containsAll(bounds.keySet())) {
        return null;
      }
      long from = Long.MIN_VALUE;
      long to = Long.MAX_VALUE;
      for (String operator : bounds.keySet()) {
        if (!(bounds.get(operator) instanceof Long || bounds.get(operator) instanceof Integer)) {
          return null;
        }
        long value = ((Number) bounds.get(operator)).longValue();
        switch (operator) {
          case "$gt" -> from = Math.max(from, value == Long.MAX_VALUE ? value : value + 1);
          case "$gte" -> from = Math.max(from, value);
          case "$lt" -> to = Math.min(to, value == Long.MIN_VALUE ? value : value - 1);
          default -> to = Math.min(to, value);
        }
      }
      // $gt MAX / $lt MIN match nothing; the walk still matches each document against the filter
      return new IdRange(from, to);
    }

    private static boolean ascendingById(Document orderBy) {
      if (orderBy == null || orderBy.isEmpty()) {
        return true;
      }
      if (orderBy.size() != 1) {
        return false;
      }
      Object direction = orderBy.containsKey(ID) ? orderBy.get(ID) : orderBy.get("$natural");
      return direction instanceof Number number && number.intValue() == 1;
    }
  }
}
