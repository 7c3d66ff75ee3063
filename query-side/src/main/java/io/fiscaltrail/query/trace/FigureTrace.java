package io.fiscaltrail.query.trace;

import io.fiscaltrail.query.asset.AssetRegisterLedger;
import io.fiscaltrail.query.budget.BudgetYearBook;
import io.fiscaltrail.query.budget.BudgetYearLedger;
import io.fiscaltrail.query.figures.FigureDefinition;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.ledger.LedgerEntry;
import io.fiscaltrail.query.web.InvalidParameter;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Opens the ledgers behind a year's figures. Each ledger is read only up to the sequence its book
 * has counted, and as known at the figures' recorded time, so the trace agrees with the figures
 * even while a batch is being written.
 */
@Component
public class FigureTrace {

  private final BudgetYearLedger yearLedger;
  private final AssetRegisterLedger assetLedger;

  public FigureTrace(BudgetYearLedger yearLedger, AssetRegisterLedger assetLedger) {
    this.yearLedger = yearLedger;
    this.assetLedger = assetLedger;
  }

  public YearTrace of(YearFigures figures) {
    return new YearTrace(
        figures,
        lazily(() -> yearEntries(figures)),
        lazily(() -> known(figures, read(figures.book(true)))),
        lazily(() -> known(figures, assetLedger.read(
            figures.assetRegister().register().toString(), figures.assetRegister().appliedSequence()))));
  }

  /** The events behind the figure a request names; an unknown figure code is refused. */
  public TraceView view(YearFigures figures, String figure) {
    FigureDefinition definition = figures.find(figure)
        .orElseThrow(() -> new InvalidParameter("figure", "no figure has the code " + figure));
    return TraceView.of(
        definition.code(), definition.name(), definition.unit(), figures.asOf(),
        figures.value(definition.code()).value(), of(figures).entries(definition));
  }

  /** The year's money facts behind the figures, in stream order. */
  public List<LedgerEntry> yearEntries(YearFigures figures) {
    return known(figures, read(figures.book(false)));
  }

  private List<LedgerEntry> read(BudgetYearBook book) {
    return yearLedger.read(book.budgetYear().toString(), book.appliedSequence());
  }

  /** As known at a time, only the entries recorded by then stand behind the figures. */
  private static List<LedgerEntry> known(YearFigures figures, List<LedgerEntry> entries) {
    return figures.knownAt()
        .map(k -> entries.stream().filter(e -> e.origin().knownAt(k)).toList())
        .orElse(entries);
  }

  private static <T> Supplier<T> lazily(Supplier<T> read) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) {
          value = read.get();
        }
        return value;
      }
    };
  }
}
