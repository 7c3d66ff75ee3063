package io.fiscaltrail.query.pages;

import io.fiscaltrail.kernel.money.Money;
import io.fiscaltrail.query.timeline.RunningTotals;
import io.fiscaltrail.query.timeline.TimelineEntry;
import io.fiscaltrail.query.tracker.YearAllocations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the year page's chart draws, in 万元 with two decimals: the timeline's running totals at
 * the end of each day that has a fact, from the year's first day to the page's date, and the
 * tracker's supplementary allocations to mark. Nothing is summed here.
 *
 * @param appropriated initial + supplementary − reductions; drawn only when there are reductions,
 *     since then the stacked initial and supplementary overstate it
 */
record YearChart(
    List<String> dates,
    List<String> initial,
    List<String> supplementary,
    List<String> appropriated,
    List<String> spent,
    boolean reduced,
    List<Allocation> allocations) {

  record Allocation(String date, String amount, String document) {}

  static YearChart of(LocalDate firstDay, LocalDate lastDay, List<TimelineEntry> entries, YearAllocations tracked) {
    Map<LocalDate, RunningTotals> endOfDay = new LinkedHashMap<>();
    endOfDay.put(firstDay, null);
    entries.forEach(e -> endOfDay.put(e.effectiveDate(), e.running()));
    RunningTotals last = entries.isEmpty() ? null : entries.get(entries.size() - 1).running();
    if (!lastDay.isBefore(firstDay)) {
      endOfDay.putIfAbsent(lastDay, last);
    }
    List<String> dates = new ArrayList<>();
    List<String> initial = new ArrayList<>();
    List<String> supplementary = new ArrayList<>();
    List<String> appropriated = new ArrayList<>();
    List<String> spent = new ArrayList<>();
    boolean reduced = false;
    for (Map.Entry<LocalDate, RunningTotals> day : endOfDay.entrySet()) {
      RunningTotals t = day.getValue();
      dates.add(day.getKey().toString());
      initial.add(wan(t == null ? Money.ZERO : t.initial()));
      supplementary.add(wan(t == null ? Money.ZERO : t.supplementary()));
      appropriated.add(wan(t == null ? Money.ZERO : t.appropriated()));
      spent.add(wan(t == null ? Money.ZERO : t.spent()));
      reduced |= t != null && t.reductions().fen() != 0;
    }
    List<Allocation> allocations = tracked.allocations().stream()
        .map(a -> new Allocation(a.effectiveDate().toString(), wan(a.amount()), a.document()))
        .toList();
    return new YearChart(dates, initial, supplementary, appropriated, spent, reduced, allocations);
  }

  private static String wan(Money money) {
    return money.inWan().toPlainString();
  }
}
