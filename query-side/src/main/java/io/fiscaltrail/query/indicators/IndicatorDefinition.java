package io.fiscaltrail.query.indicators;

/**
 * A named formula: {@code numerator / denominator × 100%} over two figure codes, so that both can
 * be traced. {@code requires} names a figure that must have been recorded for the formula to mean
 * anything (the year-end carry-over of a year not yet closed is not zero, it is unknown).
 * {@code variantOf} names the indicator this one computes on another denominator. An indicator
 * whose inputs no event records has no figures and a fixed {@code unavailableReason}.
 */
public record IndicatorDefinition(
    String code,
    String name,
    String level,
    String formula,
    String source,
    String numerator,
    String denominator,
    String requires,
    String variantOf,
    String unavailableReason) {

  public static final String FRAMEWORK = "财预〔2013〕53号";

  static IndicatorDefinition ratio(
      String code, String name, String level, String formula, String numerator, String denominator) {
    return new IndicatorDefinition(code, name, level, formula, FRAMEWORK, numerator, denominator, null, null, null);
  }

  IndicatorDefinition requiring(String figure) {
    return new IndicatorDefinition(
        code, name, level, formula, source, numerator, denominator, figure, variantOf, unavailableReason);
  }

  IndicatorDefinition asVariantOf(String headline, String definedBy) {
    return new IndicatorDefinition(
        code, name, level, formula, definedBy, numerator, denominator, requires, headline, unavailableReason);
  }

  IndicatorDefinition definedBy(String definitionSource) {
    return new IndicatorDefinition(
        code, name, level, formula, definitionSource, numerator, denominator, requires, variantOf, unavailableReason);
  }

  public boolean isComputable() {
    return numerator != null && denominator != null;
  }
}
