package io.fiscaltrail.query.ledger;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * One money fact of a stream and the base figures it moves, in fen, signed. {@code amount} is the
 * amount the event states; {@code refersTo} is the event it reverses or corrects, if any;
 * {@code reason} is why, and {@code approvedBy} on whose approval (a supplementary allocation's
 * approving authority), when the event says.
 */
public record LedgerEntry(
    EventOrigin origin,
    LocalDate effectiveDate,
    Money amount,
    String document,
    String refersTo,
    Map<String, Long> contributions,
    String reason,
    String approvedBy) {

  public LedgerEntry {
    contributions = new TreeMap<>(contributions);
  }

  public long sequence() {
    return origin.sequence();
  }

  public boolean contributesTo(String baseFigure) {
    return contributions.containsKey(baseFigure);
  }

  public long contributionTo(String baseFigure) {
    return contributions.getOrDefault(baseFigure, 0L);
  }
}
