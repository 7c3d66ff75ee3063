package io.fiscaltrail.query.trace;

import io.fiscaltrail.query.figures.FigureDefinition;
import io.fiscaltrail.query.figures.Source;
import io.fiscaltrail.query.figures.Term;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.ledger.EventOrigin;
import io.fiscaltrail.query.ledger.LedgerEntry;
import io.fiscaltrail.query.ledger.Statement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The events behind the figures of one year as of a date. It walks the same terms the figure is
 * computed from, over the same books, so the entries add up to the figure exactly. Each ledger is
 * read at most once, however many figures are traced.
 */
public final class YearTrace {

  private static final Comparator<TraceEntry> EFFECTIVE_ORDER =
      Comparator.comparing(TraceEntry::effectiveDate, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(TraceEntry::recordedAt);

  private final YearFigures figures;
  private final Supplier<List<LedgerEntry>> yearLedger;
  private final Supplier<List<LedgerEntry>> priorYearLedger;
  private final Supplier<List<LedgerEntry>> assetLedger;

  YearTrace(
      YearFigures figures,
      Supplier<List<LedgerEntry>> yearLedger,
      Supplier<List<LedgerEntry>> priorYearLedger,
      Supplier<List<LedgerEntry>> assetLedger) {
    this.figures = figures;
    this.yearLedger = yearLedger;
    this.priorYearLedger = priorYearLedger;
    this.assetLedger = assetLedger;
  }

  /** The events behind a figure, in effective order, each once with its net contribution. */
  public List<TraceEntry> entries(FigureDefinition definition) {
    Map<String, TraceEntry> byEvent = new LinkedHashMap<>();
    for (Term term : definition.terms()) {
      for (TraceEntry entry : entriesOf(term, definition.money())) {
        byEvent.merge(entry.id(), entry, (kept, more) -> kept.plus(more.amount()));
      }
    }
    List<TraceEntry> entries = new ArrayList<>(byEvent.values());
    entries.sort(EFFECTIVE_ORDER);
    return entries;
  }

  private List<TraceEntry> entriesOf(Term term, boolean money) {
    Source source = term.source();
    if (source instanceof Source.YearFlow f) {
      List<LedgerEntry> ledger = term.priorYear() ? priorYearLedger.get() : yearLedger.get();
      return flow(ledger, f.baseFigure(), term.sign(), figures.asOf());
    }
    if (source instanceof Source.AssetFlow f) {
      return flow(assetLedger.get(), f.baseFigure(), term.sign(), figures.booksDate());
    }
    if (source instanceof Source.Staffing s) {
      return figures.standing(s).map(st -> stated(st, s.baseFigure(), term.sign(), money)).stream().toList();
    }
    if (source instanceof Source.CurrentAssets c) {
      return figures.standing(c).map(st -> stated(st, c.baseFigure(), term.sign(), money)).stream().toList();
    }
    if (source instanceof Source.TargetOutput t) {
      return figures.outputs().stream()
          .filter(o -> t.targetCode().equals(o.targetCode()) && o.quantity() != null)
          .map(o -> entry(o.origin(), o.effectiveDate(), signed(o.quantity(), term.sign()), o.document()))
          .toList();
    }
    String targetCode = ((Source.TargetValue) source).targetCode();
    return figures.targets().stream()
        .filter(t -> t.code().equals(targetCode) && t.value() != null)
        .map(t -> entry(t.origin(), null, signed(t.value(), term.sign()), t.document()))
        .toList();
  }

  private static List<TraceEntry> flow(List<LedgerEntry> ledger, String baseFigure, int sign, LocalDate asOf) {
    return ledger.stream()
        .filter(e -> e.contributesTo(baseFigure) && !e.effectiveDate().isAfter(asOf))
        .map(e -> entry(e.origin(), e.effectiveDate(),
            signed(BigDecimal.valueOf(e.contributionTo(baseFigure), 2), sign), e.document()))
        .toList();
  }

  private static TraceEntry stated(Statement statement, String baseFigure, int sign, boolean money) {
    long value = statement.values().get(baseFigure);
    BigDecimal amount = money ? BigDecimal.valueOf(value, 2) : BigDecimal.valueOf(value);
    return entry(statement.origin(), statement.effectiveDate(), signed(amount, sign), statement.document());
  }

  private static TraceEntry entry(EventOrigin origin, LocalDate effectiveDate, BigDecimal amount, String document) {
    return new TraceEntry(origin.eventId(), origin.type(), effectiveDate, origin.recordedAt(), origin.actor(),
        origin.correlationId(), origin.idempotencyKey(), origin.clientAddress(), amount, document);
  }

  private static BigDecimal signed(BigDecimal amount, int sign) {
    return sign < 0 ? amount.negate() : amount;
  }
}
