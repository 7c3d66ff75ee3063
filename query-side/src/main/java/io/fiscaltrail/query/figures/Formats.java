package io.fiscaltrail.query.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** How figures are printed in Chinese text: money in 万元 with two decimals, rates with two decimals. */
public final class Formats {

  private Formats() {}

  /** Money in 万元 with two decimals, e.g. {@code 149.20}. */
  public static String wan(FigureValue value) {
    return value.money().inWan().toPlainString();
  }

  /** A figure with its unit: money in 万元, counts and quantities in their own unit. */
  public static String withUnit(FigureDefinition definition, FigureValue value) {
    return definition.money()
        ? wan(value) + "万元"
        : value.value().stripTrailingZeros().toPlainString() + nullToEmpty(definition.unit());
  }

  public static String percent(BigDecimal percent) {
    return percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** A date as reports write it, e.g. 2022年7月28日. */
  public static String date(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
