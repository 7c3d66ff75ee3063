package io.fiscaltrail.query.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Net contributions per effective date per base figure, in fen. A year has at most 366 dates, so a
 * total as of any date is a sum over at most 366 days however many facts the year holds. A figure
 * some fact touched stays present even when it nets to zero: "budgeted nothing" differs from "no
 * budget recorded".
 */
public final class DailyFigures {

  private final NavigableMap<LocalDate, Map<String, Long>> days;
  // Figures this one adds to and never changes (a shared checkpoint), or null.
  private final FrozenDays base;

  public DailyFigures(NavigableMap<LocalDate, Map<String, Long>> days) {
    this(days, null);
  }

  private DailyFigures(NavigableMap<LocalDate, Map<String, Long>> days, FrozenDays base) {
    this.days = days;
    this.base = base;
  }

  public static DailyFigures empty() {
    return new DailyFigures(new TreeMap<>());
  }

  /**
   * Figures that start as {@code base} and take later folds without changing it: what a figure
   * as known at a time adds to a shared checkpoint, without copying the checkpoint's days.
   */
  static DailyFigures over(FrozenDays base) {
    return new DailyFigures(new TreeMap<>(), base);
  }

  /** A copy that later folds into this one do not change. */
  public DailyFigures copy() {
    DailyFigures copy = empty();
    if (base != null) {
      base.addTo(copy);
    }
    days.forEach(copy::add);
    return copy;
  }

  public void add(LocalDate effectiveDate, Map<String, Long> contributions) {
    Map<String, Long> day = days.computeIfAbsent(effectiveDate, d -> new TreeMap<>());
    contributions.forEach((figure, fen) -> day.merge(figure, fen, Long::sum));
  }

  void add(LocalDate effectiveDate, String figure, long fen) {
    days.computeIfAbsent(effectiveDate, d -> new TreeMap<>()).merge(figure, fen, Long::sum);
  }

  /** Every base figure touched on or before {@code asOf}, with its net total. */
  public Map<String, Long> totalsAsOf(LocalDate asOf) {
    // summed in place, boxed once per figure: a question sums up to 366 days of every figure
    Map<String, long[]> sums = new HashMap<>();
    addTotalsAsOf(asOf, sums);
    Map<String, Long> totals = new TreeMap<>();
    sums.forEach((figure, sum) -> totals.put(figure, sum[0]));
    return totals;
  }

  private void addTotalsAsOf(LocalDate asOf, Map<String, long[]> sums) {
    if (base != null) {
      base.addTotalsAsOf(asOf, sums);
    }
    for (Map<String, Long> day : days.headMap(asOf, true).values()) {
      day.forEach((figure, fen) -> sums.computeIfAbsent(figure, f -> new long[1])[0] += fen);
    }
  }

  public Set<String> figures() {
    Set<String> figures = base == null ? new TreeSet<>() : base.figures();
    days.values().forEach(day -> figures.addAll(day.keySet()));
    return figures;
  }

  /** Net contributions by date; folded anew when these figures add to a base. */
  public NavigableMap<LocalDate, Map<String, Long>> days() {
    return base == null ? days : copy().days;
  }
}
