package io.fiscaltrail.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The golden test of the seed: the real report's figures (domain.md, in 万元) come back from the
 * imported seed file through the running application, at year end; mid-year figures equal what
 * the file itself says was effective by then; the report's flaws come back as findings.
 */
@SpringBootTest(classes = FiscalTrailApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
class SeedYearGoldenTest {

  private static final WireServer MONGO = new WireServer();
  private static final String YEAR = "/api/departments/beita-union/years/2022";
  private static final String SEED = "/demo/beita-union-2022.ndjson";

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("golden"));
  }

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  private TestRestTemplate http;

  @Autowired
  void signIn(TestRestTemplate anonymous) {
    http = TestAccounts.admin(anonymous);
  }

  @Test
  void reproducesEveryFigureTheReportStatesAtYearEnd() {
    Map<String, BigDecimal> figures = awaitFigures("2022-12-31");
    Map<String, String> wan = Map.ofEntries(
        Map.entry("APPROPRIATION_TOTAL", "149.20"),
        Map.entry("APPROPRIATION_INITIAL", "43.84"),
        Map.entry("APPROPRIATION_SUPPLEMENTARY", "105.36"),
        Map.entry("APPROPRIATION_INITIAL_BASIC", "33.58"),
        Map.entry("APPROPRIATION_INITIAL_PROJECT", "3.00"),
        Map.entry("CARRYOVER_IN", "7.25"),
        Map.entry("EXPENDITURE_TOTAL", "149.20"),
        Map.entry("EXPENDITURE_BASIC", "149.20"),
        Map.entry("EXPENDITURE_PROJECT", "0.00"),
        Map.entry("EXPENDITURE_PERSONNEL", "38.39"),
        Map.entry("EXPENDITURE_PUBLIC", "110.81"),
        Map.entry("EXPENDITURE_FUNCTION_201", "140.42"),
        Map.entry("EXPENDITURE_FUNCTION_208", "3.37"),
        Map.entry("EXPENDITURE_FUNCTION_210", "2.41"),
        Map.entry("EXPENDITURE_FUNCTION_221", "3.00"),
        Map.entry("CARRYOVER_OUT", "7.25"),
        Map.entry("OVERSPEND_INITIAL_BASIC", "115.62"),
        Map.entry("PUBLIC_FUNDS_BUDGET", "0.00"),
        Map.entry("THREE_PUBLIC_BUDGET", "0.00"),
        Map.entry("THREE_PUBLIC_SPENT", "0.08"),
        Map.entry("PROCUREMENT_BUDGET", "3.00"),
        Map.entry("PROCUREMENT_SPENT", "0.00"),
        Map.entry("ASSETS_TOTAL", "99.01"),
        Map.entry("ASSETS_CURRENT", "96.27"),
        Map.entry("ASSETS_FIXED_NET", "2.74"));
    wan.forEach((code, value) ->
        assertThat(figures.get(code)).as(code).isEqualByComparingTo(new BigDecimal(value).movePointRight(4)));
    assertThat(figures.get("AUTHORIZED_HEADCOUNT")).isEqualByComparingTo("3");
    assertThat(figures.get("ACTUAL_HEADCOUNT")).isEqualByComparingTo("3");
    assertThat(figures.get("DIVISION_COUNT")).isEqualByComparingTo("3");
  }

  @Test
  void computesTheIndicatorsWithHonestDenominators() {
    awaitFigures("2022-12-31");
    Map<String, JsonNode> indicators = byCode(get(YEAR + "/indicators?asOf=2022-12-31"));
    assertThat(indicators.get("BUDGET_EXECUTION_RATE").get("value").asText()).isEqualTo("100.00");
    assertThat(indicators.get("BUDGET_EXECUTION_RATE_INITIAL_BASIC").get("value").asText()).isEqualTo("444.31");
    assertThat(indicators.get("BUDGET_ADJUSTMENT_RATE").get("value").asText()).isEqualTo("240.33");
    assertThat(indicators.get("PROCUREMENT_EXECUTION_RATE").get("value").asText()).isEqualTo("0.00");
    assertThat(indicators.get("STAFF_CONTROL_RATE").get("value").asText()).isEqualTo("100.00");
    for (String undefined : List.of("PUBLIC_FUNDS_CONTROL_RATE", "THREE_PUBLIC_CONTROL_RATE")) {
      assertThat(indicators.get(undefined).get("value").isNull()).as(undefined).isTrue();
      assertThat(indicators.get(undefined).get("reason").asText()).as(undefined).isNotBlank();
    }
  }

  @Test
  void turnsTheReportsFlawsIntoFindings() {
    awaitFigures("2023-03-31");
    Map<String, JsonNode> findings = byCode(get(YEAR + "/findings?asOf=2023-03-31"));
    assertThat(findings).containsKeys(
        "INITIAL_NOT_ASSIGNED_TO_LINES",
        "SPENDING_WITHOUT_BUDGET_PUBLIC_FUNDS",
        "SPENDING_WITHOUT_BUDGET_THREE_PUBLIC",
        "SUPPLEMENTARY_SHARE_ABOVE_THRESHOLD",
        "CLAIM_DENOMINATOR",
        "CLAIM_OF_UNDEFINED_RATE");
    JsonNode unassigned = findings.get("INITIAL_NOT_ASSIGNED_TO_LINES");
    assertThat(unassigned.get("message").asText()).contains("7.26");
    assertThat(unassigned.get("events")).isNotEmpty();
  }

  @Test
  void showsMidYearFiguresAsTheSeedFileDatesThem() throws IOException {
    String midYear = "2022-06-30";
    Map<String, BigDecimal> expected = sumsEffectiveBy(LocalDate.parse(midYear));
    awaitFigures("2022-12-31");
    JsonNode budget = get(YEAR + "/budget?asOf=" + midYear);
    assertThat(new BigDecimal(budget.get("initial").asText())).isEqualByComparingTo(expected.get("INITIAL"));
    assertThat(new BigDecimal(budget.get("supplementary").asText())).isEqualByComparingTo(expected.get("SUPPLEMENTARY"));
    assertThat(new BigDecimal(budget.get("spent").asText())).isEqualByComparingTo(expected.get("expenditure"));
    assertThat(new BigDecimal(budget.get("supplementary").asText()))
        .as("mid-year is not year-end")
        .isLessThan(new BigDecimal("1053600.00"));
  }

  @Test
  void tracesEachFigureToEventsThatSumToIt() {
    awaitFigures("2022-12-31");
    for (String figure : List.of("EXPENDITURE_TOTAL", "APPROPRIATION_SUPPLEMENTARY", "EXPENDITURE_FUNCTION_201")) {
      JsonNode trace = get(YEAR + "/trace?asOf=2022-12-31&figure=" + figure);
      BigDecimal sum = BigDecimal.ZERO;
      for (JsonNode entry : trace.get("entries")) {
        assertThat(entry.get("id").asText()).isNotBlank();
        assertThat(entry.get("recordedAt").asText()).isNotBlank();
        sum = sum.add(new BigDecimal(entry.get("amount").asText()));
      }
      assertThat(sum).as(figure).isEqualByComparingTo(new BigDecimal(trace.get("value").asText()));
    }
  }

  @Test
  void rendersTheReportFromTheSameFigures() {
    awaitFigures("2022-12-31");
    ResponseEntity<String> markdown = http.getForEntity(YEAR + "/report?format=markdown&asOf=2023-03-31", String.class);
    assertThat(markdown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(markdown.getBody()).contains("一、部门基本情况", "149.20", "43.84", "105.36", "110.81", "444.31");
    ResponseEntity<String> html = http.getForEntity(YEAR + "/report?format=html&asOf=2023-03-31", String.class);
    assertThat(html.getBody()).contains("trace?figure=");
  }

  /** Waits until the projections have folded the whole seed, then returns the figures. */
  private Map<String, BigDecimal> awaitFigures(String asOf) {
    Map<String, BigDecimal> figures = new HashMap<>();
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      ResponseEntity<JsonNode> response = http.getForEntity(YEAR + "/figures?asOf=" + asOf, JsonNode.class);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      figures.clear();
      response.getBody().forEach(f -> figures.put(f.get("code").asText(), new BigDecimal(f.get("value").asText())));
      assertThat(figures.get("CARRYOVER_OUT")).isEqualByComparingTo("72500.00");
      assertThat(figures.get("ASSETS_TOTAL")).isEqualByComparingTo("990100.00");
    });
    return figures;
  }

  /** An oracle independent of the application: sums read straight from the seed file. */
  private static Map<String, BigDecimal> sumsEffectiveBy(LocalDate date) throws IOException {
    Map<String, BigDecimal> sums = new HashMap<>(Map.of(
        "INITIAL", BigDecimal.ZERO, "SUPPLEMENTARY", BigDecimal.ZERO, "expenditure", BigDecimal.ZERO));
    ObjectMapper json = new ObjectMapper();
    try (InputStream seed = SeedYearGoldenTest.class.getResourceAsStream(SEED)) {
      for (String line : new String(seed.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode record = json.readTree(line);
        String type = record.get("type").asText();
        if (!record.has("effectiveDate") || LocalDate.parse(record.get("effectiveDate").asText()).isAfter(date)) {
          continue;
        }
        String key = type.equals("appropriation") ? record.get("kind").asText() : type;
        sums.computeIfPresent(key, (k, sum) -> sum.add(new BigDecimal(record.get("amount").asText())));
      }
    }
    return sums;
  }

  private JsonNode get(String path) {
    ResponseEntity<JsonNode> response = http.getForEntity(path, JsonNode.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static Map<String, JsonNode> byCode(JsonNode array) {
    Map<String, JsonNode> byCode = new HashMap<>();
    array.forEach(item -> byCode.putIfAbsent(item.get("code").asText(), item));
    return byCode;
  }
}
