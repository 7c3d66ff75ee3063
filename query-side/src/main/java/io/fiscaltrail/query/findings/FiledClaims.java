package io.fiscaltrail.query.findings;

import io.fiscaltrail.kernel.budget.ClaimedFigure;
import io.fiscaltrail.query.figures.FigureDefinition;
import io.fiscaltrail.query.figures.Formats;
import io.fiscaltrail.query.indicators.Indicator;
import io.fiscaltrail.query.indicators.IndicatorDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures of a filed report that the events do not support: a different number, a rate that
 * is undefined printed as a number, or a number that holds only on another denominator than the
 * one its name implies (and the report does not say so).
 */
final class FiledClaims implements FindingRule {

  @Override
  public List<Finding> check(Evaluation e) {
    List<Finding> found = new ArrayList<>();
    for (ClaimCheck check : e.claims()) {
      finding(e, check).ifPresent(found::add);
    }
    return found;
  }

  private static Optional<Finding> finding(Evaluation e, ClaimCheck check) {
    ClaimedFigure claim = check.claim();
    if (check.basis() != null) {
      return Optional.of(onOtherBasis(e, check));
    }
    return switch (check.status()) {
      case AGREES -> Optional.empty();
      case DIFFERS -> Optional.of(new Finding("CLAIM_NOT_SUPPORTED", Severity.ERROR,
          "报告称" + check.name() + "为" + claimed(claim) + quote(claim) + "，事件记录支持的是"
              + check.supported().toPlainString() + claim.unit() + "。",
          List.of(claim.code())));
      case UNDEFINED -> Optional.of(undefinedRate(e, check));
      case NOT_CHECKABLE -> Optional.of(new Finding("CLAIM_NOT_CHECKABLE", Severity.INFO,
          "报告中的" + claim.code() + quote(claim) + "无法核对：" + check.reason() + "。",
          List.of()));
    };
  }

  private static Finding undefinedRate(Evaluation e, ClaimCheck check) {
    ClaimedFigure claim = check.claim();
    IndicatorDefinition d = e.indicators().get(claim.code()).definition();
    if (!d.isComputable()) {
      return new Finding("CLAIM_OF_UNDEFINED_RATE", Severity.ERROR,
          "报告称" + check.name() + "为" + claimed(claim) + quote(claim) + "，但该指标无法由事件记录计算："
              + check.reason() + "。",
          List.of(d.code()));
    }
    FigureDefinition numerator = e.figures().definition(d.numerator());
    return new Finding("CLAIM_OF_UNDEFINED_RATE", Severity.ERROR,
        "报告称" + check.name() + "为" + claimed(claim) + quote(claim) + "，但该比率无定义：" + check.reason()
            + "；分子（" + numerator.name() + "）实为" + Formats.withUnit(numerator, e.value(numerator.code()))
            + "，报告应如实说明，而不是写成" + claimed(claim) + "。",
        List.of(d.code(), d.numerator(), d.denominator()));
  }

  private static Finding onOtherBasis(Evaluation e, ClaimCheck check) {
    ClaimedFigure claim = check.claim();
    Optional<Indicator> variant = e.indicators().find(check.basis());
    if (variant.isPresent()) {
      IndicatorDefinition v = variant.get().definition();
      Indicator headline = e.indicators().get(v.variantOf());
      IndicatorDefinition h = headline.definition();
      String headlineValue = headline.percent().map(Formats::percent).orElse("无定义（" + headline.reason() + "）");
      return new Finding("CLAIM_DENOMINATOR", Severity.WARNING,
          "报告称" + check.name() + "为" + claimed(claim) + quote(claim) + "，这是以" + e.name(v.denominator())
              + "（" + e.wan(v.denominator()) + "）为分母算得的" + Formats.percent(variant.get().value()) + "；以"
              + e.name(h.denominator()) + "（" + e.wan(h.denominator()) + "）为分母，" + h.name() + "为"
              + headlineValue + "。报告应写明所用分母。",
          List.of(v.code(), v.numerator(), v.denominator(), h.code(), h.denominator()));
    }
    FigureDefinition v = e.figures().definition(check.basis());
    FigureDefinition h = e.figures().definition(v.variantOf());
    return new Finding("CLAIM_DENOMINATOR", Severity.WARNING,
        "报告称" + check.name() + "为" + claimed(claim) + quote(claim) + "，这是" + v.name() + "（"
            + e.wan(v.code()) + "）；" + h.name() + "为" + e.wan(h.code()) + "。报告应写明计算基数。",
        List.of(v.code(), h.code()));
  }

  private static String claimed(ClaimedFigure claim) {
    return claim.value().toPlainString() + claim.unit();
  }

  private static String quote(ClaimedFigure claim) {
    return claim.quote() == null || claim.quote().isBlank() ? "" : "（“" + claim.quote() + "”）";
  }
}
