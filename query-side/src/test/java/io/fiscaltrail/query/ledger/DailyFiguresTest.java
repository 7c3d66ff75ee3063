package io.fiscaltrail.query.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DailyFiguresTest {

  private static final LocalDate JAN_1 = LocalDate.of(2022, 1, 1);

  @Test
  void figuresOverABaseAddToItAndLeaveItAsItWas() {
    DailyFigures base = DailyFigures.empty();
    base.add(JAN_1, Map.of("spent", 100L, "appropriated", 1_000L));
    base.add(JAN_1.plusDays(10), Map.of("spent", 50L));

    DailyFigures over = DailyFigures.over(base);
    over.add(JAN_1.plusDays(5), Map.of("spent", 7L, "reduced", 0L));
    over.add(JAN_1.plusDays(10), Map.of("spent", -50L));

    assertThat(over.totalsAsOf(JAN_1.plusDays(4))).isEqualTo(Map.of("appropriated", 1_000L, "spent", 100L));
    assertThat(over.totalsAsOf(JAN_1.plusDays(10)))
        .isEqualTo(Map.of("appropriated", 1_000L, "reduced", 0L, "spent", 107L));
    assertThat(over.figures()).containsExactly("appropriated", "reduced", "spent");
    assertThat(over.days()).isEqualTo(over.copy().days());
    assertThat(over.days().get(JAN_1.plusDays(10))).isEqualTo(Map.of("spent", 0L));

    assertThat(base.totalsAsOf(JAN_1.plusDays(10))).isEqualTo(Map.of("appropriated", 1_000L, "spent", 150L));
    assertThat(base.figures()).containsExactly("appropriated", "spent");
  }
}
