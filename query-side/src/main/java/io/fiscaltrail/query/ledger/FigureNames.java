package io.fiscaltrail.query.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The figure codes met while decoding one stored document, numbered in the order met. Each code is
 * interned: the same few dozen codes recur in every checkpoint and chunk that is kept decoded.
 */
final class FigureNames {

  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  private int indexOf(String figure) {
    return numbers.computeIfAbsent(figure, code -> {
      names.add(code.intern());
      return names.size() - 1;
    });
  }

  /**
   * Writes a stored document of amounts by figure code into {@code figureOf} and {@code fen} from
   * position {@code at}; returns the position after the last one written.
   */
  int decode(Document amounts, int[] figureOf, long[] fen, int at) {
    for (Map.Entry<String, Object> amount : amounts.entrySet()) {
      figureOf[at] = indexOf(amount.getKey());
      fen[at] = ((Number) amount.getValue()).longValue();
      at++;
    }
    return at;
  }

  String[] toArray() {
    return names.toArray(String[]::new);
  }
}
