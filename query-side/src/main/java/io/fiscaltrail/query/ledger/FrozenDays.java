package io.fiscaltrail.query.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;

/**
 * A stored checkpoint's net contributions per effective date, decoded once into flat arrays and
 * never changed, so that many of them can be kept between requests. Why arrays: the same days as
 * maps of boxed amounts under strings of their own took about ten times the memory, and a year of
 * 100,000 entries has 200 checkpoints; keeping few of them meant decoding one for most answers as
 * known at a time, and the collector then copied the short-lived maps.
 */
final class FrozenDays {

  // Day i holds the amounts at positions dayStart[i] .. dayStart[i + 1] - 1, days in date order.
  private final long[] epochDays;
  private final int[] dayStart;
  private final int[] figureOf;
  private final long[] fen;
  private final String[] figureNames;

  private FrozenDays(long[] epochDays, int[] dayStart, int[] figureOf, long[] fen, String[] figureNames) {
    this.epochDays = epochDays;
    this.dayStart = dayStart;
    this.figureOf = figureOf;
    this.fen = fen;
    this.figureNames = figureNames;
  }

  /** Decodes the {@code days} document of a stored checkpoint ({@link LedgerDocuments#days(DailyFigures)}). */
  static FrozenDays of(Document days) {
    String[] dates = days.keySet().toArray(String[]::new);
    Arrays.sort(dates); // ISO dates sort as text
    FigureNames names = new FigureNames();
    int amounts = 0;
    for (String date : dates) {
      amounts += days.get(date, Document.class).size();
    }
    long[] epochDays = new long[dates.length];
    int[] dayStart = new int[dates.length + 1];
    int[] figureOf = new int[amounts];
    long[] fen = new long[amounts];
    int at = 0;
    for (int i = 0; i < dates.length; i++) {
      epochDays[i] = LocalDate.parse(dates[i]).toEpochDay();
      dayStart[i] = at;
      at = names.decode(days.get(dates[i], Document.class), figureOf, fen, at);
    }
    dayStart[dates.length] = at;
    return new FrozenDays(epochDays, dayStart, figureOf, fen, names.toArray());
  }

  /** Adds every figure's net total on or before {@code asOf} to {@code sums}. */
  void addTotalsAsOf(LocalDate asOf, Map<String, long[]> sums) {
    long last = asOf.toEpochDay();
    long[] totals = new long[figureNames.length];
    boolean[] touched = new boolean[figureNames.length];
    for (int day = 0; day < epochDays.length && epochDays[day] <= last; day++) {
      for (int i = dayStart[day]; i < dayStart[day + 1]; i++) {
        totals[figureOf[i]] += fen[i];
        touched[figureOf[i]] = true;
      }
    }
    for (int f = 0; f < figureNames.length; f++) {
      if (touched[f]) {
        sums.computeIfAbsent(figureNames[f], name -> new long[1])[0] += totals[f];
      }
    }
  }

  /** Folds these days into {@code figures}. */
  void addTo(DailyFigures figures) {
    for (int day = 0; day < epochDays.length; day++) {
      LocalDate date = LocalDate.ofEpochDay(epochDays[day]);
      for (int i = dayStart[day]; i < dayStart[day + 1]; i++) {
        figures.add(date, figureNames[figureOf[i]], fen[i]);
      }
    }
  }

  Set<String> figures() {
    return new TreeSet<>(Arrays.asList(figureNames));
  }

  /** Roughly the bytes this holds, for a cache's weight. */
  int weight() {
    return 12 * epochDays.length + 12 * fen.length;
  }
}
