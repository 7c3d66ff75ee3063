package io.fiscaltrail.kernel.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An exact amount of yuan with two decimals (fen). Serialized as a decimal string so that no JSON
 * reader ever turns it into a binary floating-point number.
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

  public static final Money ZERO = ofFen(0);
  private static final int FEN_DIGITS = 2;
  private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);
  // compiled once: every event and ledger entry read parses its amounts (String#matches compiles anew)
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");

  public Money {
    if (yuan == null) {
      throw new IllegalArgumentException("amount is missing");
    }
    if (yuan.stripTrailingZeros().scale() > FEN_DIGITS) {
      throw new IllegalArgumentException("amount has more than two decimals: " + yuan.toPlainString());
    }
    yuan = yuan.setScale(FEN_DIGITS, RoundingMode.UNNECESSARY);
  }

  /** Parses a decimal string such as {@code "1492000.00"}; rejects anything but plain decimals. */
  @JsonCreator
  public static Money parse(String text) {
    if (text == null || !PLAIN_DECIMAL.matcher(text).matches()) {
      throw new IllegalArgumentException("not a decimal amount: " + text);
    }
    return new Money(new BigDecimal(text));
  }

  public static Money ofFen(long fen) {
    return new Money(BigDecimal.valueOf(fen, FEN_DIGITS));
  }

  public long fen() {
    return yuan.movePointRight(FEN_DIGITS).longValueExact();
  }

  public boolean isPositive() {
    return yuan.signum() > 0;
  }

  public Money plus(Money other) {
    return new Money(yuan.add(other.yuan));
  }

  public Money minus(Money other) {
    return new Money(yuan.subtract(other.yuan));
  }

  public Money negate() {
    return new Money(yuan.negate());
  }

  /** The amount in 万元 (ten thousand yuan), rounded half-up to two decimals, as reports print it. */
  public BigDecimal inWan() {
    return yuan.divide(YUAN_PER_WAN, FEN_DIGITS, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Money other) {
    return yuan.compareTo(other.yuan);
  }

  @JsonValue
  @Override
  public String toString() {
    return yuan.toPlainString();
  }
}
