package io.fiscaltrail.query.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figure codes met while decoding one stored document, numbered in the order met. Each code is
 * interned: the same few dozen codes recur in every checkpoint and chunk that is kept decoded.
 */
final class FigureNames {

  private final Map<String, Integer> numbers = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  int indexOf(String figure) {
    return numbers.computeIfAbsent(figure, code -> {
      names.add(code.intern());
      return names.size() - 1;
    });
  }

  String[] toArray() {
    return names.toArray(String[]::new);
  }
}
