package io.fiscaltrail.deploy.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's H2 collection, with two differences.
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
