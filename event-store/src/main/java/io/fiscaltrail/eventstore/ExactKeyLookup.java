package io.fiscaltrail.eventstore;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Reads documents by the exact values of one uniquely indexed field. A filter on a single unique
 * field with {@code $in} is the one query the embedded server answers from an index (and a real
 * MongoDB answers from its index too); adding any other condition makes it scan the collection.
 */
final class ExactKeyLookup {

  private ExactKeyLookup() {}

  /** The documents whose {@code field} is one of {@code keys}, by that key. */
  static Map<Object, Document> find(MongoCollection<Document> collection, String field, List<?> keys) {
    Map<Object, Document> found = new HashMap<>();
    if (!keys.isEmpty()) {
      collection.find(in(field, keys)).forEach(document -> found.put(document.get(field), document));
    }
    return found;
  }

  /**
   * The keys a read of {@code keysInWriteOrder} should ask for again: those missing before the last
   * one found. A read races writers, so it may miss a key yet see a later one whose writer inserted
   * it only after the missed one. A second read of the missed keys, started after the first ended,
   * sees every key inserted before any key the first read saw, so no later event of a stream is
   * handed on without the earlier ones.
   */
  static List<Object> raceHoles(List<?> keysInWriteOrder, Collection<?> found) {
    List<Object> holes = new ArrayList<>();
    int seen = 0;
    for (Object key : keysInWriteOrder) {
      if (seen == found.size()) {
        break;
      }
      if (found.contains(key)) {
        seen++;
      } else {
        holes.add(key);
      }
    }
    return holes;
  }
}
