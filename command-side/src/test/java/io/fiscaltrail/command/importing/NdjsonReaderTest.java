package io.fiscaltrail.command.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.fiscaltrail.kernel.budget.RecordExpenditure;
import io.fiscaltrail.kernel.money.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonReaderTest {

  private static final String EXPENDITURE =
      "{\"type\":\"expenditure\",\"source\":\"t\",\"department\":\"beita-union\",\"year\":2022,\"voucher\":\"V1\","
          + "\"effectiveDate\":\"2022-03-01\",\"line\":\"BASIC_PUBLIC\",\"functionalClass\":\"2012901\",\"economicClass\":\"30201\",";

  private static ParsedImport read(String text) {
    return NdjsonReader.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryExampleOfTheFormatDocument() throws IOException {
    List<String> examples = Files.readAllLines(Path.of("../docs/import-format.md")).stream()
        .filter(line -> line.startsWith("{\"type\":") && !line.contains("urn:fiscaltrail"))
        .toList();

    ParsedImport parsed = read(String.join("\n", examples));

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.records()).extracting(ImportRecord::type).containsExactlyInAnyOrder(RecordType.values());
  }

  @Test
  void skipsBlankLinesAndAByteOrderMarkButCountsEveryLine() {
    ParsedImport parsed = read("\uFEFF\n\n" + EXPENDITURE + "\"amount\":\"1.00\"}\r\n");

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.records()).extracting(ImportRecord::line).containsExactly(3);
  }

  @Test
  void readsAmountsGivenAsJsonNumbersExactly() {
    ParsedImport parsed = read(EXPENDITURE + "\"amount\":1234567890123.1}");

    assertThat(((RecordExpenditure) parsed.records().get(0).command()).amount()).isEqualTo(Money.parse("1234567890123.10"));
  }

  @Test
  void cannotReadALineThatIsNotUtf8() {
    byte[] latin1 = (EXPENDITURE + "\"amount\":\"1.00\",\"payee\":\"caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1);

    assertThat(NdjsonReader.read(latin1).problems()).containsExactly(new LineProblem(1, "record", "is not valid UTF-8"));
  }

  @Test
  void cannotReadAnythingAfterTheObjectOnItsLine() {
    assertThat(read(EXPENDITURE + "\"amount\":\"1.00\"} {}").problems())
        .singleElement().satisfies(p -> assertThat(p.reason()).startsWith("is not valid JSON: Trailing token"));
  }

  @Test
  void cannotReadAFieldGivenTwice() {
    assertThat(read(EXPENDITURE + "\"amount\":\"1.00\",\"amount\":\"2.00\"}").problems())
        .singleElement().satisfies(p -> assertThat(p.reason()).startsWith("is not valid JSON: Duplicate field 'amount'"));
  }

  @Test
  void cannotReadAFieldTheRecordTypeDoesNotHave() {
    assertThat(read(EXPENDITURE + "\"amount\":\"1.00\",\"corect\":\"V0\"}").problems())
        .containsExactly(new LineProblem(1, "corect", "is not a field of this record type"));
  }

  @Test
  void cannotReadARecordWithoutItsSource() {
    assertThat(read(EXPENDITURE.replace("\"source\":\"t\",", "") + "\"amount\":\"1.00\"}").problems())
        .containsExactly(new LineProblem(1, "source", "is missing"));
  }

  @Test
  void namesTheItemOfABadClaimedFigure() {
    String claims = "{\"type\":\"reportClaims\",\"source\":\"t\",\"department\":\"beita-union\",\"year\":2022,"
        + "\"document\":\"报告\",\"filedOn\":\"2023-03-31\",\"figures\":["
        + "{\"code\":\"A\",\"value\":\"1\",\"unit\":\"%\",\"quote\":\"q\"},{\"code\":\"B\",\"value\":\"x\",\"unit\":\"%\"}]}";

    assertThat(read(claims).problems()).containsExactly(
        new LineProblem(1, "figures[1].value", "must be a decimal such as \"1234.50\""),
        new LineProblem(1, "figures[1].quote", "is missing"));
  }

  @Test
  void namesEveryRecordTypeWhenTheTypeIsUnknown() {
    assertThat(read("{\"type\":\"grant\",\"source\":\"t\"}").problems()).singleElement()
        .satisfies(p -> assertThat(p.reason()).endsWith(
            Arrays.stream(RecordType.values()).map(RecordType::typeName).reduce((a, b) -> a + ", " + b).orElseThrow()));
  }
}
