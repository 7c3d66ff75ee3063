package io.fiscaltrail.query.findings;

import io.fiscaltrail.kernel.budget.ClaimedFigure;
import java.math.BigDecimal;

/**
 * One figure of a filed report against what the events support, in the claim's own unit.
 * {@code supported} has two decimals; {@code difference} is claimed minus supported at the
 * precision the claim is printed with (444% agrees with 444.31%). {@code basis} is set when the
 * claim holds only on another basis than the headline figure: the code of that variant.
 */
public record ClaimCheck(
    ClaimedFigure claim,
    String name,
    Status status,
    BigDecimal supported,
    BigDecimal difference,
    String reason,
    String basis) {

  /** How a claim stands against the events. */
  public enum Status {
    AGREES("一致"),
    DIFFERS("不一致"),
    UNDEFINED("无定义"),
    NOT_CHECKABLE("无法核对");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
