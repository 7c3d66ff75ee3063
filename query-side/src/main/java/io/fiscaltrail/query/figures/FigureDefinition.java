package io.fiscaltrail.query.figures;

import java.util.List;

/**
 * A named figure and how it is made: a signed sum of terms. Every figure, however derived, comes
 * down to these terms, so its value and the facts behind it are computed from the same list.
 * {@code variantOf} names the figure this one answers the same question for on another basis.
 */
public record FigureDefinition(
    String code, String name, boolean money, String unit, List<Term> terms, String variantOf) {

  public static final String YUAN = "元";

  public FigureDefinition {
    terms = List.copyOf(terms);
  }

  static FigureDefinition ofMoney(String code, String name, List<Term> terms) {
    return new FigureDefinition(code, name, true, YUAN, terms, null);
  }

  FigureDefinition asVariantOf(String headline) {
    return new FigureDefinition(code, name, money, unit, terms, headline);
  }

  /** Whether it is made of this fiscal year's ledger only, so that the prior year's can be asked for. */
  boolean isYearLedgerFigure() {
    return terms.stream().allMatch(t -> !t.priorYear() && t.source() instanceof Source.YearFlow);
  }
}
