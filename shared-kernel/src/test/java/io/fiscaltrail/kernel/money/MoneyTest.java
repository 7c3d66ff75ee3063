package io.fiscaltrail.kernel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void canParseAndKeepTwoDecimals() {
    assertThat(Money.parse("1492000").toString()).isEqualTo("1492000.00");
    assertThat(Money.parse("0.5").fen()).isEqualTo(50);
  }

  @Test
  void cannotHaveMoreThanTwoDecimals() {
    assertThatThrownBy(() -> Money.parse("1.001")).hasMessageContaining("more than two decimals");
  }

  @Test
  void cannotParseAnythingButAPlainDecimal() {
    assertThatThrownBy(() -> Money.parse("1e3")).hasMessageContaining("not a decimal amount");
    assertThatThrownBy(() -> Money.parse("12,00")).hasMessageContaining("not a decimal amount");
  }

  @Test
  void canConvertToWanAsReportsPrintIt() {
    assertThat(Money.parse("1053600.00").inWan()).hasToString("105.36");
    assertThat(Money.parse("800.00").inWan()).hasToString("0.08");
  }

  @Test
  void canRoundTripThroughJsonAsADecimalString() throws Exception {
    ObjectMapper json = new ObjectMapper();
    String text = json.writeValueAsString(Money.parse("438400.1"));
    assertThat(text).isEqualTo("\"438400.10\"");
    assertThat(json.readValue(text, Money.class)).isEqualTo(Money.parse("438400.10"));
  }
}
