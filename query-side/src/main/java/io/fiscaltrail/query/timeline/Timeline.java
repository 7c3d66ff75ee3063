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
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The year replayed: every fact in effective order, each with the money totals after it. Totals
 * are summed over the same catalogue terms the figures are, so the last running total of a date
 * equals the figure as of that date; a fact that moves no money leaves them as they were.
 */
final class Timeline {

  private static final Comparator<YearFact> EFFECTIVE_ORDER =
      Comparator.comparing(YearFact::effectiveDate)
          .thenComparing(f -> f.origin().recordedAt())
          .thenComparingLong(f -> f.origin().sequence());

  private static final String REVERSAL = "ExpenditureReversed";
  private static final List<String> TOTALS = List.of(
      APPROPRIATION_INITIAL, APPROPRIATION_SUPPLEMENTARY, APPROPRIATION_REDUCTIONS, APPROPRIATION_TOTAL,
      EXPENDITURE_TOTAL, CARRYOVER_IN, OTHER_INCOME);

  private Timeline() {}

  /** {@code facts} are the year's facts known at the time asked; only those {@code shown} are listed. */
  static List<TimelineEntry> of(
      List<YearFact> facts, FigureCatalogue catalogue, ZoneId booksZone, Predicate<YearFact> shown) {
    Map<String, List<Term>> terms = new HashMap<>();
    TOTALS.forEach(code -> terms.put(code, yearTerms(catalogue, code)));
    Map<String, String> laterBy = new HashMap<>();
    Map<String, String> typeOf = new HashMap<>();
    facts.stream().filter(f -> f.money() != null).map(YearFact::money).forEach(e -> {
      typeOf.put(e.origin().eventId(), e.origin().type());
      if (e.refersTo() != null) {
        laterBy.put(e.refersTo(), e.origin().eventId());
      }
    });

    List<YearFact> ordered = new ArrayList<>(facts);
    ordered.sort(EFFECTIVE_ORDER);
    Map<String, Long> running = new TreeMap<>();
    TOTALS.forEach(code -> running.put(code, 0L));
    List<TimelineEntry> listed = new ArrayList<>();
    for (YearFact f : ordered) {
      if (f.money() != null) {
        terms.forEach((code, ts) -> running.merge(code, contribution(f.money(), ts), Long::sum));
      }
      if (shown.test(f)) {
        listed.add(entry(f, flags(f, booksZone, laterBy, typeOf), totals(running)));
      }
    }
    return listed;
  }

  private static TimelineEntry entry(YearFact f, TimelineFlags flags, RunningTotals running) {
    return new TimelineEntry(
        f.origin().eventId(), f.origin().type(), f.effectiveDate(), f.origin().recordedAt(), f.origin().actor(),
        f.origin().correlationId(), f.origin().idempotencyKey(), f.origin().clientAddress(),
        f.document(), f.reason(), f.amount(), flags, running, f.line(), f.description());
  }

  /** A reversal refers to what it reverses; any other fact that refers to one corrects it. */
  private static TimelineFlags flags(
      YearFact f, ZoneId booksZone, Map<String, String> laterBy, Map<String, String> typeOf) {
    boolean backdated = f.effectiveDate().isBefore(LocalDate.ofInstant(f.origin().recordedAt(), booksZone));
    String refersTo = f.money() == null ? null : f.money().refersTo();
    boolean reversal = REVERSAL.equals(f.origin().type());
    String later = laterBy.get(f.origin().eventId());
    boolean reversedLater = later != null && REVERSAL.equals(typeOf.get(later));
    return new TimelineFlags(
        backdated,
        reversal ? null : refersTo,
        reversal ? refersTo : null,
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
