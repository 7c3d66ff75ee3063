package io.fiscaltrail.query.indicators;

import io.fiscaltrail.query.figures.FigureValue;
import io.fiscaltrail.query.figures.YearFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A year's indicators as of a date, computed from its figures and nothing else. */
public final class Indicators {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<Indicator> all;
  private final Map<String, Indicator> byCode;

  private Indicators(List<Indicator> all) {
    this.all = List.copyOf(all);
    this.byCode = all.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
  }

  public static Indicators of(YearFigures figures) {
    return new Indicators(IndicatorCatalogue.forTargets(figures.targets()).stream()
        .map(definition -> evaluate(figures, definition))
        .toList());
  }

  public List<Indicator> all() {
    return all;
  }

  public Optional<Indicator> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Indicator get(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("no indicator " + code));
  }

  static Indicator evaluate(YearFigures figures, IndicatorDefinition definition) {
    if (!definition.isComputable()) {
      return new Indicator(definition, null, definition.unavailableReason(), null, null);
    }
    FigureValue numerator = figures.value(definition.numerator());
    FigureValue denominator = figures.value(definition.denominator());
    if (definition.requires() != null && !figures.value(definition.requires()).recorded()) {
      return undefined(definition, numerator, denominator,
          "尚未记录" + figures.definition(definition.requires()).name() + "，无法计算");
    }
    String denominatorName = figures.definition(definition.denominator()).name();
    if (!denominator.recorded()) {
      return undefined(definition, numerator, denominator, "分母（" + denominatorName + "）没有任何记录，比率无定义");
    }
    if (denominator.isZero()) {
      return undefined(definition, numerator, denominator, "分母（" + denominatorName + "）为0，比率无定义");
    }
    BigDecimal percent = numerator.value().multiply(HUNDRED).divide(denominator.value(), 2, RoundingMode.HALF_UP);
    return new Indicator(definition, percent, null, numerator, denominator);
  }

  private static Indicator undefined(
      IndicatorDefinition definition, FigureValue numerator, FigureValue denominator, String reason) {
    return new Indicator(definition, null, reason, numerator, denominator);
  }
}
