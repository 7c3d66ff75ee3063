package io.fiscaltrail.deploy.embedded;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An update that the embedded collections apply by building a new top-level document which
 * shares with the stored one every value the update leaves alone: a replacement, or {@code $set}
 * and {@code $push} of top-level fields, which is every update the read models make.
 * mongo-java-server deep-copies the stored document before any update and deep-copies it again
 * into the updated one, so a {@code $push} of a few ledger entries copied the whole chunk twice and
 * a book's replacement the whole book. Sharing is safe because no update changes a stored
 * document's values in place: the stock path copies them first, and this one replaces them.
 *
 * <p>Anything else (dotted or positional paths, other operators, {@code $push} modifiers other
 * than {@code $each}, {@code $set} of {@code _id}) is not taken ({@link #of} answers null), and
 * neither is an update that would fail ({@link #applyTo} answers null): the stock path applies
 * those, and raises their errors in its own words.
 */
final class SharedUpdate {

  private static final String ID = "_id";
  private static final String SET = "$set";
  private static final String PUSH = "$push";
  private static final String EACH = "$each";

  private final Document replacement;
  private final Map<String, Object> set;
  private final Map<String, List<Object>> push;

  private SharedUpdate(Document replacement, Map<String, Object> set, Map<String, List<Object>> push) {
    this.replacement = replacement;
    this.set = set;
    this.push = push;
  }

  /** The update, or null when it is not one this class applies. */
  static SharedUpdate of(Document update) {
    if (update.keySet().stream().noneMatch(key -> key.startsWith("$"))) {
      return new SharedUpdate(update, Map.of(), Map.of());
    }
    Set<String> fields = new HashSet<>();
    Map<String, Object> set = new LinkedHashMap<>();
    Map<String, List<Object>> push = new LinkedHashMap<>();
    for (Map.Entry<String, Object> operator : update.entrySet()) {
      if (!(operator.getValue() instanceof Document changes) || changes.isEmpty()) {
        return null;
      }
      for (Map.Entry<String, Object> change : changes.entrySet()) {
        String field = change.getKey();
        if (!isTopLevelName(field) || ID.equals(field) || !fields.add(field)) {
          return null;
        }
        switch (operator.getKey()) {
          case SET -> set.put(field, change.getValue());
          case PUSH -> {
            List<Object> values = pushed(change.getValue());
            if (values == null) {
              return null;
            }
            push.put(field, values);
          }
          default -> {
            return null;
          }
        }
      }
    }
    return new SharedUpdate(null, set, push);
  }

  boolean isReplacement() {
    return replacement != null;
  }

  /**
   * The stored document as this update leaves it, or null when the stock path must decide: a
   * replacement that names another {@code _id}, a {@code $push} onto a field that is no array.
   */
  Document applyTo(Document stored) {
    if (isReplacement()) {
      return replacing(stored.get(ID));
    }
    for (String field : push.keySet()) {
      if (stored.containsKey(field) && !(stored.get(field) instanceof List)) {
        return null;
      }
    }
    Document updated = new Document(stored);
    updated.putAll(set);
    push.forEach((field, values) -> {
      List<Object> list = new ArrayList<>((List<?>) updated.getOrDefault(field, List.of()));
      list.addAll(values);
      updated.put(field, list);
    });
    Utils.validateFieldNames(updated);
    return updated;
  }

  /**
   * The replacement as the document of that {@code _id}, which comes first, as the stock path puts
   * it; null when the replacement names an {@code _id} not equal to it (the stock path then
   * decides: numbers of other types may still be the same value).
   */
  Document replacing(Object id) {
    if (replacement.containsKey(ID) && !Objects.equals(replacement.get(ID), id)) {
      return null;
    }
    Document document = new Document(ID, id);
    replacement.forEach((field, value) -> {
      if (!ID.equals(field)) {
        document.put(field, value);
      }
    });
    Utils.validateFieldNames(document);
    return document;
  }

  private static boolean isTopLevelName(String field) {
    return !field.isEmpty() && !field.startsWith("$") && field.indexOf('.') < 0;
  }

  /**
   * What a {@code $push} appends: one value, or the values of {@code $each} without other
   * modifiers; null for anything else that names an operator.
   */
  private static List<Object> pushed(Object value) {
    if (!(value instanceof Document document)) {
      return Collections.singletonList(value);
    }
    if (document.containsKey(EACH)) {
      return document.size() == 1 && document.get(EACH) instanceof Collection<?> each ? new ArrayList<>(each) : null;
    }
    return document.keySet().stream().anyMatch(key -> key.startsWith("$")) ? null : Collections.singletonList(value);
  }
}
