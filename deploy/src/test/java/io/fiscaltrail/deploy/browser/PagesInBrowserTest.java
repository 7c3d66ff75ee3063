package io.fiscaltrail.deploy.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fiscaltrail.access.account.DemoAccounts;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.embedded.WireServer;
import io.fiscaltrail.kernel.money.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The auditor's pages in a real browser, against the all-in-one application with the demo year
 * (北塔区总工会 2022) and its demo accounts, signed in through the login form. Every expected figure is read from the JSON API or from the seed report's
 * figures (domain.md), never from the page under test.
 */
@SpringBootTest(
    classes = FiscalTrailApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    args = "--demo")
class PagesInBrowserTest {

  private static final WireServer MONGO = new WireServer();
  private static final String YEAR = "/departments/beita-union/years/2022";

  @RegisterExtension static final Browser browser = new Browser();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("pages"));
  }

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  /** Each test starts as the demo auditor, who reads every page, once the seed year is folded. */
  @BeforeEach
  void signInAndAwaitTheSeedYear() {
    browser.at("http://127.0.0.1:" + port);
    browser.signInAs(DemoAccounts.AUDITOR);
    awaitTheSeedYear();
  }

  private void awaitTheSeedYear() {
    browser.open(YEAR + "?asOf=2022-12-31");
    // The seed's year-end carry-over out (7.25 万元) is one of its last facts: all of it is folded.
    new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(d -> {
      d.navigate().refresh();
      return d.findElements(By.cssSelector("#figure-CARRYOVER_OUT a")).stream()
          .anyMatch(e -> e.getText().trim().equals("7.25"));
    });
  }

  @Test
  void anAnonymousVisitorSignsInFirstAndComesBackToThePage() {
    browser.driver().manage().deleteAllCookies();
    browser.open(YEAR + "/timeline");
    assertThat(browser.currentPath()).startsWith("/login");
    // the login page is one of the pages: its stylesheet, the skip link, labelled fields
    assertThat(browser.find(".skip-link").getAttribute("href")).endsWith("#main");
    assertThat(browser.find(".skip-link").getCssValue("position")).isEqualTo("absolute");
    for (String field : List.of("username", "password")) {
      assertThat(browser.driver().findElements(By.cssSelector("label[for='" + field + "']"))).hasSize(1);
    }
    browser.signIn(DemoAccounts.AUDITOR);
    assertThat(browser.currentPath()).startsWith(YEAR + "/timeline");
    assertThat(browser.text("#signed-in-as")).isEqualTo("auditor");

    browser.find("#sign-out").click();
    browser.waiting().until(d -> browser.currentPath().startsWith("/login?logout"));
    browser.open("/departments");
    assertThat(browser.currentPath()).startsWith("/login");
  }

  @Test
  void aRecorderSeesItsDepartmentAndIsRefusedAnother() {
    browser.signInAs(DemoAccounts.RECORDER);
    // a recorder's start is the import; the pages across departments are not in its menu
    assertThat(browser.currentPath()).isEqualTo("/import");
    assertThat(browser.find("header.site nav").getText()).contains("导入").doesNotContain("部门", "投影重建");
    browser.open(YEAR + "?asOf=2022-12-31");
    assertThat(browser.text("#figure-APPROPRIATION_TOTAL a")).isEqualTo("149.20");
    for (String refused : List.of("/departments/other-unit/years/2022", "/departments", "/supplementary-allocations")) {
      browser.open(refused);
      assertThat(browser.text("#refused")).as(refused).isEqualTo("无权访问此页面");
      assertThat(browser.text("#refused-path")).isEqualTo(refused);
    }
  }

  @Test
  void theAdminRebuildsAProjectionAndWatchesItCatchUp() {
    browser.signInAs(DemoAccounts.ADMIN);
    browser.open("/admin/projections");
    String row = "#projections tr[data-name='budget-years']";
    long head = Long.parseLong(browser.text(row + " .head"));
    assertThat(head).isPositive();
    // the rebuild form is posted with the session's CSRF token, or it would be refused
    browser.find("#rebuild-budget-years").click();
    browser.waiting().until(d -> browser.currentPath().equals("/admin/projections"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(d ->
        browser.text(row + " .state").equals("已追上") && browser.text(row + " .percent").equals("100.00%"));
    assertThat(Long.parseLong(browser.text(row + " .position"))).isGreaterThanOrEqualTo(head);
    // the replayed read model answers the same year-end figures
    awaitTheSeedYear();
    assertThat(browser.text("#figure-APPROPRIATION_SUPPLEMENTARY a")).isEqualTo("105.36");
  }

  @Test
  void changingTheAsOfDateChangesTheFigures() {
    browser.open(YEAR + "?asOf=2022-03-31");
    String marchSpent = browser.text("#figure-EXPENDITURE_TOTAL a");
    String marchSupplementary = browser.text("#figure-APPROPRIATION_SUPPLEMENTARY a");
    JsonNode march = json("/api" + YEAR + "/budget?asOf=2022-03-31");
    assertThat(marchSpent).isEqualTo(wan(march.get("spent")));
    assertThat(marchSupplementary).isEqualTo(wan(march.get("supplementary")));

    browser.open(YEAR + "?asOf=2022-03-31");
    WebElement date = browser.find("#asOf");
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2022-12-31'", date);
    browser.find("#show").click();
    browser.waiting().until(d -> d.getCurrentUrl().contains("asOf=2022-12-31"));

    // The seed report's year-end figures: 149.20 appropriated and spent, 105.36 of it supplementary.
    assertThat(browser.text("#figure-EXPENDITURE_TOTAL a")).isEqualTo("149.20").isNotEqualTo(marchSpent);
    assertThat(browser.text("#figure-APPROPRIATION_SUPPLEMENTARY a")).isEqualTo("105.36");
    assertThat(browser.text("#figure-APPROPRIATION_TOTAL a")).isEqualTo("149.20");
    // The chart is drawn from the served library, with a marker per supplementary allocation.
    browser.waiting().until(d -> !d.findElements(By.cssSelector("#year-chart svg path")).isEmpty());
    int allocations = json("/api" + YEAR + "/supplementary-allocations?asOf=2022-12-31").get("allocations").size();
    assertThat(allocations).isPositive();
    browser.open(YEAR + "?asOf=2022-12-31");
    assertThat(browser.find("#year-chart").getAttribute("data-chart")).contains("\"allocations\":[{");
  }

  @Test
  void aFigureDrillsDownToItsEventsAndDocuments() {
    browser.open(YEAR + "?asOf=2022-12-31");
    browser.find("#figure-APPROPRIATION_SUPPLEMENTARY a").click();
    browser.waiting().until(d -> d.getCurrentUrl().contains("/trace?figure=APPROPRIATION_SUPPLEMENTARY"));
    JsonNode trace = json("/api" + YEAR + "/trace?figure=APPROPRIATION_SUPPLEMENTARY&asOf=2022-12-31");
    browser.open(YEAR + "/trace?figure=APPROPRIATION_SUPPLEMENTARY&asOf=2022-12-31");
    assertThat(browser.text("#trace-value")).isEqualTo("105.36");
    assertThat(browser.text("#trace-total")).isEqualTo("105.36");
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.trace tbody tr"));
    assertThat(rows).hasSize(trace.get("entries").size());
    for (JsonNode entry : trace.get("entries")) {
      assertThat(browser.find("table.trace").getText()).contains(entry.get("document").asText());
    }
    // From an event to its row in the year's timeline.
    String firstId = trace.get("entries").get(0).get("id").asText();
    rows.get(0).findElement(By.linkText("时间线")).click();
    browser.waiting().until(d -> d.getCurrentUrl().endsWith("#event-" + firstId));
    assertThat(browser.find("#event-" + firstId).getText()).contains("追加预算");
  }

  @Test
  void theTimelineFiltersByTypeWithTheRunningTotalsOfTheWholeYear() {
    browser.open(YEAR + "/timeline");
    new Select(browser.find("#type")).selectByVisibleText("追加预算");
    browser.find("#filter").click();
    browser.waiting().until(d -> d.getCurrentUrl().contains("type=SupplementaryAllocationGranted"));
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.timeline tbody tr"));
    assertThat(rows).isNotEmpty();
    rows.forEach(row -> assertThat(row.getAttribute("data-type")).isEqualTo("SupplementaryAllocationGranted"));
    // Hidden rows still count: each row's running totals are the year's after it, as the API says.
    JsonNode timeline = json("/api" + YEAR + "/timeline");
    browser.open(YEAR + "/timeline?type=SupplementaryAllocationGranted");
    for (JsonNode entry : timeline) {
      if (entry.get("type").asText().equals("SupplementaryAllocationGranted")) {
        List<WebElement> cells = browser.find("#event-" + entry.get("eventId").asText()).findElements(By.cssSelector("td"));
        assertThat(cells.get(13).getText()).isEqualTo(wan(entry.get("running").get("appropriated")));
        assertThat(cells.get(14).getText()).isEqualTo(wan(entry.get("running").get("spent")));
      }
    }
  }

  @Test
  void theKeyboardReachesTheSkipLinkFirstAndEveryFieldHasALabel() {
    browser.open(YEAR + "?asOf=2022-12-31");
    browser.find("body").sendKeys(Keys.TAB);
    WebElement focused = browser.driver().switchTo().activeElement();
    assertThat(focused.getAttribute("class")).contains("skip-link");
    focused.sendKeys(Keys.ENTER);
    browser.waiting().until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
    for (String page : List.of(YEAR + "?asOf=2022-12-31", YEAR + "/timeline", YEAR + "/diff", "/departments",
        "/supplementary-allocations")) {
      browser.open(page);
      for (WebElement field : browser.driver().findElements(By.cssSelector("main input, main select"))) {
        String id = field.getAttribute("id");
        assertThat(browser.driver().findElements(By.cssSelector("label[for='" + id + "']")))
            .as(page + " #" + id).hasSize(1);
      }
    }
  }

  @Test
  void aBadDateAnswersAnErrorPageNamingTheParameter() {
    browser.open(YEAR + "?asOf=2022-02-30");
    assertThat(browser.text("#error-parameter")).isEqualTo("asOf");
    assertThat(browser.text("#error-reason")).contains("2022-02-30");
  }

  @Test
  void theImportPageListsEachRefusedLineAndStoresNothing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.ndjson");
    Files.writeString(file, String.join("\n",
        "{\"type\":\"appropriation\",\"source\":\"browser test\",\"department\":\"beita-union\",\"year\":2022,\"kind\":\"SUPPLEMENTARY\","
            + "\"line\":\"PROJECT\",\"amount\":\"1000.00\",\"effectiveDate\":\"2022-08-01\",\"document\":\"北财预〔2022〕99号\","
            + "\"reason\":\"测试\"}",
        "{\"type\":\"appropriation\",\"source\":\"browser test\",\"department\":\"beita-union\",\"year\":2022,\"kind\":\"SUPPLEMENTARY\","
            + "\"line\":\"PROJECT\",\"amount\":\"12.345\",\"effectiveDate\":\"2022-08-01\",\"document\":\"北财预〔2022〕99号\","
            + "\"reason\":\"测试\"}") + "\n", StandardCharsets.UTF_8);
    long stored = MONGO.count("pages", "domainevents");
    browser.signInAs(DemoAccounts.RECORDER);
    browser.open("/import");
    assertThat(browser.driver().findElements(By.cssSelector("label[for='import-file']"))).hasSize(1);
    browser.find("#import-file").sendKeys(file.toAbsolutePath().toString());
    browser.find("#import-submit").click();
    browser.waiting().until(d -> !d.findElements(By.cssSelector("table.import-errors tbody tr")).isEmpty());
    // Line 1 is refused too (the demo year is closed); line 2 also for its third decimal.
    List<String> errors = browser.driver().findElements(By.cssSelector("table.import-errors tbody tr")).stream()
        .map(row -> row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList())
        .map(cells -> cells.get(0) + " " + cells.get(1))
        .toList();
    assertThat(errors).contains("1 year", "2 amount");
    assertThat(MONGO.count("pages", "domainevents")).isEqualTo(stored);
  }

  private JsonNode json(String path) {
    browser.open(path);
    try {
      return new ObjectMapper().readTree(browser.find("pre").getText());
    } catch (IOException e) {
      throw new IllegalStateException(path + " did not answer JSON", e);
    }
  }

  private static String wan(JsonNode yuan) {
    return Money.parse(yuan.asText()).inWan().toPlainString();
  }
}
