package io.fiscaltrail.query.timeline;

import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_INITIAL;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_REDUCTIONS;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_SUPPLEMENTARY;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_TOTAL;
import static io.fiscaltrail.query.figures.FigureCodes.CARRYOVER_IN;
import static io.fiscaltrail.query.figures.FigureCodes.EXPENDITURE_TOTAL;
import static io.fiscaltrail.query.figures.FigureCodes.OTHER_INCOME;

import io.fiscaltrail.kernel.money.Money;
import io.fiscaltrail.query.figures.FigureCatalogue;
import io.fiscaltrail.query.figures.Source;
import io.fiscaltrail.query.figures.Term;
import io.fiscaltrail.query.ledger.LedgerEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The year's money facts in effective order, each with the totals after it. Totals are summed over
 * the same catalogue terms the figures are, so the last running total of a date equals the figure as
 * of that date.
 */
final class Timeline {

  private static final Comparator<LedgerEntry> EFFECTIVE_ORDER =
      Comparator.comparing(LedgerEntry::effectiveDate)
          .thenComparing(e -> e.origin().recordedAt())
          .thenComparingLong(LedgerEntry::sequence);

  private static final String REVERSAL = "ExpenditureReversed";
  private static final List<String> TOTALS = List.of(
      APPROPRIATION_INITIAL, APPROPRIATION_SUPPLEMENTARY, APPROPRIATION_REDUCTIONS, APPROPRIATION_TOTAL,
      EXPENDITURE_TOTAL, CARRYOVER_IN, OTHER_INCOME);

  private Timeline() {}

  /** {@code entries} are the year's facts known at the time asked; only those in [from, to] are listed. */
  static List<TimelineEntry> of(
      List<LedgerEntry> entries, FigureCatalogue catalogue, ZoneId booksZone,
      Optional<LocalDate> from, Optional<LocalDate> to) {
    Map<String, List<Term>> terms = new HashMap<>();
    TOTALS.forEach(code -> terms.put(code, yearTerms(catalogue, code)));
    Map<String, String> laterBy = new HashMap<>();
    entries.stream().filter(e -> e.refersTo() != null).forEach(e -> laterBy.put(e.refersTo(), e.origin().eventId()));
    Map<String, String> typeOf = new HashMap<>();
    entries.forEach(e -> typeOf.put(e.origin().eventId(), e.origin().type()));

    List<LedgerEntry> ordered = new ArrayList<>(entries);
    ordered.sort(EFFECTIVE_ORDER);
    Map<String, Long> running = new TreeMap<>();
    List<TimelineEntry> listed = new ArrayList<>();
    for (LedgerEntry e : ordered) {
      terms.forEach((code, ts) -> running.merge(code, contribution(e, ts), Long::sum));
      boolean shown = from.map(d -> !e.effectiveDate().isBefore(d)).orElse(true)
          && to.map(d -> !e.effectiveDate().isAfter(d)).orElse(true);
      if (shown) {
        listed.add(entry(e, flags(e, booksZone, laterBy, typeOf), totals(running)));
      }
    }
    return listed;
  }

  private static TimelineEntry entry(LedgerEntry e, TimelineFlags flags, RunningTotals running) {
    return new TimelineEntry(
        e.origin().eventId(), e.origin().type(), e.effectiveDate(), e.origin().recordedAt(), e.origin().actor(),
        e.origin().correlationId(), e.origin().idempotencyKey(), e.origin().clientAddress(), e.document(), e.reason(), e.amount(), flags, running);
  }

  /** A reversal refers to what it reverses; any other fact that refers to one corrects it. */
  private static TimelineFlags flags(
      LedgerEntry e, ZoneId booksZone, Map<String, String> laterBy, Map<String, String> typeOf) {
    boolean backdated = e.effectiveDate().isBefore(LocalDate.ofInstant(e.origin().recordedAt(), booksZone));
    boolean reversal = REVERSAL.equals(e.origin().type());
    String later = laterBy.get(e.origin().eventId());
    boolean reversedLater = later != null && REVERSAL.equals(typeOf.get(later));
    return new TimelineFlags(
        backdated,
        reversal ? null : e.refersTo(),
        reversal ? e.refersTo() : null,
        reversedLater ? null : later,
        reversedLater ? later : null);
  }

  private static RunningTotals totals(Map<String, Long> running) {
    long appropriated = running.get(APPROPRIATION_TOTAL);
    long spent = running.get(EXPENDITURE_TOTAL);
    return new RunningTotals(
        Money.ofFen(running.get(APPROPRIATION_INITIAL)),
        Money.ofFen(running.get(APPROPRIATION_SUPPLEMENTARY)),
        Money.ofFen(running.get(APPROPRIATION_REDUCTIONS)),
        Money.ofFen(appropriated),
        Money.ofFen(spent),
        Money.ofFen(running.get(CARRYOVER_IN) + appropriated + running.get(OTHER_INCOME) - spent));
  }

  private static List<Term> yearTerms(FigureCatalogue catalogue, String code) {
    return catalogue.find(code).orElseThrow().terms().stream()
        .filter(t -> !t.priorYear() && t.source() instanceof Source.YearFlow)
        .toList();
  }

  private static long contribution(LedgerEntry e, List<Term> terms) {
    long sum = 0;
    for (Term t : terms) {
      sum += t.sign() * e.contributionTo(((Source.YearFlow) t.source()).baseFigure());
    }
    return sum;
  }
}
