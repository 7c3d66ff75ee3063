package io.fiscaltrail.query.findings;

import io.fiscaltrail.kernel.budget.ClaimedFigure;
import io.fiscaltrail.query.figures.FigureDefinition;
import io.fiscaltrail.query.figures.FigureValue;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.findings.ClaimCheck.Status;
import io.fiscaltrail.query.indicators.Indicator;
import io.fiscaltrail.query.indicators.Indicators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Checks each figure of the latest filed report against the figure or indicator of the same code.
 * A claim names its unit: 万元 or 元 for money, % for indicators, the figure's own unit for counts.
 */
final class ClaimReconciliation {

  private static final String PERCENT = "%";
  private static final String WAN = "万元";

  private final YearFigures figures;
  private final Indicators indicators;

  private ClaimReconciliation(YearFigures figures, Indicators indicators) {
    this.figures = figures;
    this.indicators = indicators;
  }

  static List<ClaimCheck> check(YearFigures figures, Indicators indicators) {
    ClaimReconciliation reconciliation = new ClaimReconciliation(figures, indicators);
    return figures.filedReport()
        .map(report -> report.figures().stream().map(reconciliation::check).toList())
        .orElse(List.of());
  }

  private ClaimCheck check(ClaimedFigure claim) {
    Optional<Indicator> indicator = indicators.find(claim.code());
    if (indicator.isPresent()) {
      return checkIndicator(claim, indicator.get());
    }
    Optional<FigureDefinition> figure = figures.find(claim.code());
    if (figure.isPresent()) {
      return checkFigure(claim, figure.get());
    }
    return notCheckable(claim, null, "没有代码为" + claim.code() + "的数字或指标");
  }

  private ClaimCheck checkIndicator(ClaimedFigure claim, Indicator indicator) {
    String name = indicator.definition().name();
    if (claim.value() == null || !PERCENT.equals(claim.unit())) {
      return notCheckable(claim, name, "比率应以%申报");
    }
    if (!indicator.isDefined()) {
      return new ClaimCheck(claim, name, Status.UNDEFINED, null, null, indicator.reason(), null);
    }
    BigDecimal supported = indicator.value();
    if (agrees(claim.value(), supported)) {
      return agreeing(claim, name, supported, indicator.definition().variantOf() == null ? null : claim.code());
    }
    String basis = indicators.all().stream()
        .filter(other -> claim.code().equals(other.definition().variantOf()) && other.isDefined())
        .filter(other -> agrees(claim.value(), other.value()))
        .map(Indicator::code)
        .findFirst()
        .orElse(null);
    return differing(claim, name, supported, basis);
  }

  private ClaimCheck checkFigure(ClaimedFigure claim, FigureDefinition definition) {
    Optional<BigDecimal> supported = inUnit(definition, figures.value(definition.code()), claim.unit());
    if (claim.value() == null || supported.isEmpty()) {
      return notCheckable(claim, definition.name(), "单位" + claim.unit() + "与" + unitOf(definition) + "不符");
    }
    if (agrees(claim.value(), supported.get())) {
      return agreeing(claim, definition.name(), supported.get(), definition.variantOf() == null ? null : claim.code());
    }
    String basis = figures.catalogue().listed().stream()
        .filter(other -> claim.code().equals(other.variantOf()))
        .filter(other -> inUnit(other, figures.value(other.code()), claim.unit())
            .map(value -> agrees(claim.value(), value))
            .orElse(false))
        .map(FigureDefinition::code)
        .findFirst()
        .orElse(null);
    return differing(claim, definition.name(), supported.get(), basis);
  }

  private static Optional<BigDecimal> inUnit(FigureDefinition definition, FigureValue value, String unit) {
    if (definition.money() && WAN.equals(unit)) {
      return Optional.of(value.money().inWan());
    }
    if (definition.money() && FigureDefinition.YUAN.equals(unit)) {
      return Optional.of(value.value());
    }
    if (!definition.money() && definition.unit() != null && definition.unit().equals(unit)) {
      return Optional.of(value.value());
    }
    return Optional.empty();
  }

  private static String unitOf(FigureDefinition definition) {
    return definition.money() ? WAN + "或元" : definition.unit();
  }

  private static boolean agrees(BigDecimal claimed, BigDecimal supported) {
    return claimed.compareTo(atPrecisionOf(claimed, supported)) == 0;
  }

  private static BigDecimal atPrecisionOf(BigDecimal claimed, BigDecimal supported) {
    return supported.setScale(Math.max(claimed.scale(), 0), RoundingMode.HALF_UP);
  }

  private static ClaimCheck agreeing(ClaimedFigure claim, String name, BigDecimal supported, String basis) {
    return new ClaimCheck(claim, name, Status.AGREES, supported,
        claim.value().subtract(atPrecisionOf(claim.value(), supported)), null, basis);
  }

  private static ClaimCheck differing(ClaimedFigure claim, String name, BigDecimal supported, String basis) {
    return new ClaimCheck(claim, name, Status.DIFFERS, supported,
        claim.value().subtract(atPrecisionOf(claim.value(), supported)), null, basis);
  }

  private static ClaimCheck notCheckable(ClaimedFigure claim, String name, String reason) {
    return new ClaimCheck(claim, name, Status.NOT_CHECKABLE, null, null, reason, null);
  }
}
