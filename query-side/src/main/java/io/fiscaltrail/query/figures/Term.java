package io.fiscaltrail.query.figures;

/** One signed part of a figure, from this fiscal year or the one before. */
public record Term(int sign, boolean priorYear, Source source) {

  Term negated() {
    return new Term(-sign, priorYear, source);
  }

  Term ofPriorYear() {
    return new Term(sign, true, source);
  }
}
