package io.fiscaltrail.query.figures;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.query.asset.AssetRegisterBook;
import io.fiscaltrail.query.budget.BudgetYearBook;
import io.fiscaltrail.query.budget.Disclosure;
import io.fiscaltrail.query.budget.Evidence;
import io.fiscaltrail.query.budget.FiledReport;
import io.fiscaltrail.query.budget.PerformanceTarget;
import io.fiscaltrail.query.budget.RecordedOutput;
import io.fiscaltrail.query.department.DepartmentRecord;
import io.fiscaltrail.query.ledger.Statement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one computation: every figure of a department's fiscal year as of a date, from the books
 * the projections keep. Indicators, findings, the trace and the report all read their figures
 * here and nowhere else.
 *
 * <p>Money of the year is folded as of {@code asOf}; staffing and balance-sheet statements as of
 * the books date, {@code asOf} but no later than the year's last day, because a year's report
 * states them at year end. Facts about the year that come after it (disclosures, evidence, filed
 * reports) are visible once {@code asOf} reaches their date.
 *
 * <p>With {@code knownAt}, the books it reads were cut to the facts recorded by then (see {@link
 * YearFiguresReader}); every figure, and so every route, answers as known at that time.
 */
public final class YearFigures {

  private final BudgetYearId budgetYear;
  private final LocalDate asOf;
  private final Optional<Instant> knownAt;
  private final LocalDate booksDate;
  private final DepartmentRecord department;
  private final BudgetYearBook book;
  private final BudgetYearBook priorYearBook;
  private final AssetRegisterBook assets;
  private final FigureCatalogue catalogue;
  private final Map<String, Long> yearTotals;
  private final Map<String, Long> priorYearTotals;
  private final Map<String, Long> assetTotals;
  private final Map<String, FigureValue> computed = new HashMap<>();

  YearFigures(
      LocalDate asOf,
      Optional<Instant> knownAt,
      DepartmentRecord department,
      BudgetYearBook book,
      BudgetYearBook priorYearBook,
      AssetRegisterBook assets) {
    this.budgetYear = book.budgetYear();
    this.asOf = asOf;
    this.knownAt = knownAt;
    this.booksDate = asOf.isAfter(budgetYear.lastDay()) ? budgetYear.lastDay() : asOf;
    this.department = department;
    this.book = book;
    this.priorYearBook = priorYearBook;
    this.assets = assets;
    this.catalogue = new FigureCatalogue(book.figures().figures(), book.targets());
    this.yearTotals = book.figures().totalsAsOf(asOf);
    this.priorYearTotals = priorYearBook.figures().totalsAsOf(asOf);
    this.assetTotals = assets.figures().totalsAsOf(booksDate);
  }

  public BudgetYearId budgetYear() {
    return budgetYear;
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** The recorded time the books were cut at; empty when they stand as recorded so far. */
  public Optional<Instant> knownAt() {
    return knownAt;
  }

  /** The date staffing and balances are read on: {@code asOf}, but no later than the year's end. */
  public LocalDate booksDate() {
    return booksDate;
  }

  public FigureCatalogue catalogue() {
    return catalogue;
  }

  public Optional<FigureDefinition> find(String code) {
    return catalogue.find(code);
  }

  public FigureDefinition definition(String code) {
    return catalogue.find(code).orElseThrow(() -> new IllegalArgumentException("no figure " + code));
  }

  public FigureValue value(String code) {
    return computed.computeIfAbsent(code, c -> evaluate(definition(c)));
  }

  /** The year has been closed as of the date: its carry-over out is stated. */
  public boolean isClosed() {
    return value(FigureCodes.CARRYOVER_OUT).recorded();
  }

  public DepartmentRecord department() {
    return department;
  }

  /** The book a term reads: this year's, or the prior year's. */
  public BudgetYearBook book(boolean priorYear) {
    return priorYear ? priorYearBook : book;
  }

  public AssetRegisterBook assetRegister() {
    return assets;
  }

  public List<PerformanceTarget> targets() {
    return book.targets();
  }

  public List<RecordedOutput> outputs() {
    return book.outputs().stream()
        .filter(o -> !o.effectiveDate().isAfter(booksDate))
        .sorted(Comparator.comparing(RecordedOutput::effectiveDate))
        .toList();
  }

  public List<Disclosure> disclosures() {
    return book.disclosures().stream()
        .filter(d -> !d.effectiveDate().isAfter(asOf))
        .sorted(Comparator.comparing(Disclosure::effectiveDate))
        .toList();
  }

  public List<Evidence> evidence() {
    return book.evidence().stream()
        .filter(e -> !e.effectiveDate().isAfter(asOf))
        .sorted(Comparator.comparing(Evidence::effectiveDate))
        .toList();
  }

  /** The latest report filed on or before {@code asOf}. */
  public Optional<FiledReport> filedReport() {
    return book.filings().stream()
        .filter(f -> !f.filedOn().isAfter(asOf))
        .max(Comparator.comparing(FiledReport::filedOn).thenComparingLong(f -> f.origin().sequence()));
  }

  /** The statement of staffing or current assets that a term reads, if any stands. */
  public Optional<Statement> standing(Source source) {
    if (source instanceof Source.Staffing s) {
      return department.staffing().standing(s.baseFigure(), booksDate);
    }
    if (source instanceof Source.CurrentAssets c) {
      return assets.currentAssets().standing(c.baseFigure(), booksDate);
    }
    return Optional.empty();
  }

  private FigureValue evaluate(FigureDefinition definition) {
    BigDecimal sum = BigDecimal.ZERO;
    boolean recorded = false;
    for (Term term : definition.terms()) {
      FigureValue part = valueOf(term);
      sum = sum.add(term.sign() < 0 ? part.value().negate() : part.value());
      recorded |= part.recorded();
    }
    return new FigureValue(definition.money() ? sum.setScale(2) : sum, recorded);
  }

  private FigureValue valueOf(Term term) {
    Source source = term.source();
    if (source instanceof Source.YearFlow f) {
      return fen((term.priorYear() ? priorYearTotals : yearTotals).get(f.baseFigure()));
    }
    if (source instanceof Source.AssetFlow f) {
      return fen(assetTotals.get(f.baseFigure()));
    }
    if (source instanceof Source.Staffing s) {
      return standing(s)
          .map(st -> new FigureValue(BigDecimal.valueOf(st.values().get(s.baseFigure())), true))
          .orElse(new FigureValue(BigDecimal.ZERO, false));
    }
    if (source instanceof Source.CurrentAssets c) {
      return fen(standing(c).map(st -> st.values().get(c.baseFigure())).orElse(null));
    }
    if (source instanceof Source.TargetOutput t) {
      return outputOf(t.targetCode());
    }
    String targetCode = ((Source.TargetValue) source).targetCode();
    return targets().stream()
        .filter(target -> target.code().equals(targetCode) && target.value() != null)
        .findFirst()
        .map(target -> new FigureValue(target.value(), true))
        .orElse(new FigureValue(BigDecimal.ZERO, false));
  }

  private FigureValue outputOf(String targetCode) {
    List<RecordedOutput> counted = outputs().stream()
        .filter(o -> targetCode.equals(o.targetCode()) && o.quantity() != null)
        .toList();
    BigDecimal sum = counted.stream().map(RecordedOutput::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new FigureValue(sum, !counted.isEmpty());
  }

  private static FigureValue fen(Long fen) {
    return fen == null
        ? new FigureValue(BigDecimal.ZERO.setScale(2), false)
        : new FigureValue(BigDecimal.valueOf(fen, 2), true);
  }
}
