package io.fiscaltrail.query.ledger;

import java.time.LocalDate;
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

  public DailyFigures(NavigableMap<LocalDate, Map<String, Long>> days) {
    this.days = days;
  }

  public static DailyFigures empty() {
    return new DailyFigures(new TreeMap<>());
  }

  /** A copy that later folds into this one do not change. */
  public DailyFigures copy() {
    NavigableMap<LocalDate, Map<String, Long>> copied = new TreeMap<>();
    days.forEach((date, day) -> copied.put(date, new TreeMap<>(day)));
    return new DailyFigures(copied);
  }

  public void add(LocalDate effectiveDate, Map<String, Long> contributions) {
    Map<String, Long> day = days.computeIfAbsent(effectiveDate, d -> new TreeMap<>());
    contributions.forEach((figure, fen) -> day.merge(figure, fen, Long::sum));
  }

  /** Every base figure touched on or before {@code asOf}, with its net total. */
  public Map<String, Long> totalsAsOf(LocalDate asOf) {
    Map<String, Long> totals = new TreeMap<>();
    days.headMap(asOf, true).values().forEach(day -> day.forEach((f, fen) -> totals.merge(f, fen, Long::sum)));
    return totals;
  }

  public Set<String> figures() {
    Set<String> figures = new TreeSet<>();
    days.values().forEach(day -> figures.addAll(day.keySet()));
    return figures;
  }

  public NavigableMap<LocalDate, Map<String, Long>> days() {
    return days;
  }
}
