package io.fiscaltrail.query.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.fiscaltrail.access.DepartmentAuthority;
import io.fiscaltrail.access.Role;
import io.fiscaltrail.kernel.money.Money;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import io.fiscaltrail.query.SeedYear;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages print what the JSON routes answer: each test reads the JSON route and the page for
 * the same year, date and recorded time, and compares.
 */
@ReadModelTest
class PagesTest {

  private static final String PAGE = "/departments/beita-union/years/2022";
  private static final String API = "/api/departments/beita-union/years/2022";

  @Autowired MockMvc mvc;
  @Autowired ReadModel readModel;

  @BeforeEach
  void load() {
    readModel.clear();
    readModel.feed(SeedYear.history());
  }

  @Test
  void theYearPageShowsTheBudgetRouteInWanWithTwoDecimals() throws Exception {
    for (String asOf : List.of("2022-03-31", "2022-12-31")) {
      String budget = body(API + "/budget?asOf=" + asOf);
      String page = body(PAGE + "?asOf=" + asOf);
      assertThat(figureCell(page, "APPROPRIATION_TOTAL")).as(asOf).isEqualTo(wan(budget, "$.appropriated"));
      assertThat(figureCell(page, "APPROPRIATION_SUPPLEMENTARY")).as(asOf).isEqualTo(wan(budget, "$.supplementary"));
      assertThat(figureCell(page, "EXPENDITURE_TOTAL")).as(asOf).isEqualTo(wan(budget, "$.spent"));
    }
    assertThat(figureCell(body(PAGE + "?asOf=2022-12-31"), "APPROPRIATION_TOTAL")).isEqualTo("149.20");
  }

  @Test
  void undefinedIndicatorsAreShownAsUndefinedWithTheirReason() throws Exception {
    String indicators = body(API + "/indicators?asOf=2022-12-31");
    String reason = JsonPath.<List<String>>read(indicators, "$[?(@.code == 'PUBLIC_FUNDS_CONTROL_RATE')].reason").get(0);
    String page = body(PAGE + "?asOf=2022-12-31");
    String row = between(page, "id=\"indicator-PUBLIC_FUNDS_CONTROL_RATE\"", "</tr>");
    assertThat(row).contains("无定义").contains(reason).doesNotContain("0.00%");
    assertThat(between(page, "id=\"indicator-BUDGET_EXECUTION_RATE\"", "</tr>")).contains("100.00%");
  }

  @Test
  void everyFindingOfTheRouteIsListed() throws Exception {
    List<String> messages = JsonPath.read(body(API + "/findings?asOf=2023-03-31"), "$[*].message");
    String page = body(PAGE + "?asOf=2023-03-31");
    assertThat(messages).isNotEmpty();
    messages.forEach(m -> assertThat(page).contains(escapeHtml(m)));
    assertThat(text(page, "发现的问题（<span>([^<]+)</span>）")).isEqualTo(String.valueOf(messages.size()));
  }

  @Test
  void theTracePageListsTheEventsThatAddUpToTheFigure() throws Exception {
    String trace = body(API + "/trace?figure=APPROPRIATION_SUPPLEMENTARY&asOf=2022-12-31");
    String page = body(PAGE + "/trace?figure=APPROPRIATION_SUPPLEMENTARY&asOf=2022-12-31");
    List<String> ids = JsonPath.read(trace, "$.entries[*].id");
    assertThat(ids).isNotEmpty();
    ids.forEach(id -> assertThat(page).contains(id));
    assertThat(text(page, "id=\"trace-value\"[^>]*>([^<]+)<")).isEqualTo(wan(trace, "$.value"));
    assertThat(text(page, "id=\"trace-total\"[^>]*>([^<]+)<")).isEqualTo(wan(trace, "$.total"));
  }

  @Test
  void theTimelineFiltersByTypeAndLineAndKeepsTheRunningTotals() throws Exception {
    String timeline = body(API + "/timeline");
    List<String> supplementaryIds = JsonPath.read(timeline, "$[?(@.type == 'SupplementaryAllocationGranted')].eventId");
    String page = body(PAGE + "/timeline?type=SupplementaryAllocationGranted");
    assertThat(text(page, "id=\"entry-count\"[^>]*>([^<]+)<")).isEqualTo(String.valueOf(supplementaryIds.size()));
    supplementaryIds.forEach(id -> assertThat(page).contains("id=\"event-" + id + "\""));
    List<String> personnel = JsonPath.read(timeline, "$[?(@.line == 'PERSONNEL')].eventId");
    assertThat(personnel).isNotEmpty();
    assertThat(text(body(PAGE + "/timeline?line=PERSONNEL"), "id=\"entry-count\"[^>]*>([^<]+)<"))
        .isEqualTo(String.valueOf(personnel.size()));
  }

  @Test
  void theReportPageLinksEveryFigureToItsTracePage() throws Exception {
    String page = body(PAGE + "/report?asOf=2023-03-31");
    assertThat(page).contains("2022年度北塔区总工会部门整体支出绩效评价报告");
    assertThat(page).contains("href=\"/departments/beita-union/years/2022/trace?figure=APPROPRIATION_TOTAL&amp;asOf=2023-03-31\"");
  }

  @Test
  void theReportPageAtARecordedTimeLinksToTracesAtThatTime() throws Exception {
    String page = body(PAGE + "/report?asOf=2023-03-31&knownAt=2023-03-20T02:00:00Z");
    assertThat(page).contains("href=\"/departments/beita-union/years/2022/trace?figure=APPROPRIATION_TOTAL"
        + "&amp;asOf=2023-03-31&amp;knownAt=2023-03-20T02:00:00Z\"");
  }

  @Test
  void aRecorderOpensOnlyItsDepartmentsPagesAndTheImport() throws Exception {
    var recorder = user("recorder").authorities(
        new SimpleGrantedAuthority(Role.RECORDER.authority()), DepartmentAuthority.of("beita-union"));
    mvc.perform(get(PAGE + "?asOf=2022-12-31").with(recorder)).andExpect(status().isOk());
    mvc.perform(get("/import").with(recorder)).andExpect(status().isOk());
    mvc.perform(get("/").with(recorder)).andExpect(redirectedUrl("/import"));
    for (String refused : List.of("/departments/other-unit/years/2022", "/departments", "/supplementary-allocations",
        "/admin/projections")) {
      mvc.perform(get(refused).with(recorder)).andExpect(status().isForbidden());
    }
  }

  @Test
  void anAuditorReadsEveryPageButNeitherImportsNorRebuilds() throws Exception {
    mvc.perform(get("/")).andExpect(redirectedUrl("/departments"));
    mvc.perform(get("/import")).andExpect(status().isForbidden());
    mvc.perform(get("/admin/projections")).andExpect(status().isForbidden());
    String page = body("/departments");
    assertThat(page).contains("href=\"/supplementary-allocations\"").doesNotContain("href=\"/import\"", "href=\"/admin/projections\"");
    // the session's CSRF token: in the meta tags the import script reads, and in the sign-out form
    String token = text(page, "<meta name=\"_csrf\" content=\"([^\"]+)\"");
    assertThat(between(page, "class=\"sign-out\"", "</form>")).contains("name=\"_csrf\" value=\"" + token + "\"");
  }

  @Test
  void theDiffPageShowsWhatTheDiffRouteAnswers() throws Exception {
    String diff = body(API + "/diff?from=2022-03-31&to=2022-09-30");
    List<String> codes = JsonPath.read(diff, "$.figures[*].code");
    String page = body(PAGE + "/diff?from=2022-03-31&to=2022-09-30");
    assertThat(codes).isNotEmpty();
    codes.forEach(code -> assertThat(page).contains("id=\"change-" + code + "\""));
  }

  @Test
  void theDepartmentListShowsEachYearWithItsFindings() throws Exception {
    int findings = JsonPath.<List<Object>>read(body(API + "/findings?asOf=2023-03-31"), "$").size();
    String page = body("/departments?asOf=2023-03-31");
    assertThat(page).contains("北塔区总工会").contains("href=\"/departments/beita-union/years/2022?asOf=2023-03-31\"");
    assertThat(page).contains("#findings-heading\">" + findings + "</a>");
  }

  @Test
  void aBadParameterAnswersAnErrorPageNamingIt() throws Exception {
    for (String[] bad : new String[][] {
        {PAGE + "?asOf=2022-13-01", "asOf"},
        {PAGE + "?knownAt=yesterday", "knownAt"},
        {PAGE + "/trace?figure=NO_SUCH_FIGURE", "figure"},
        {PAGE + "/timeline?line=SIDEWAYS", "line"},
        {PAGE + "/diff?from=2022-09-30&to=2022-03-31", "from"},
        {"/departments/beita-union/years/twenty/timeline", "year"},
        {"/supplementary-allocations?year=next", "year"}}) {
      String page = mvc.perform(get(bad[0]))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
          .andReturn().getResponse().getContentAsString();
      assertThat(text(page, "id=\"error-parameter\"[^>]*>([^<]+)<")).as(bad[0]).isEqualTo(bad[1]);
    }
    mvc.perform(get("/departments/nobody/years/2022")).andExpect(status().isNotFound());
  }

  @Test
  void theJsonRoutesStillAnswerProblems() throws Exception {
    mvc.perform(get(API + "/budget?asOf=2022-13-01"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  private String body(String uri) throws Exception {
    return mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private static String wan(String json, String path) {
    return Money.parse(JsonPath.read(json, path)).inWan().toPlainString();
  }

  private static String figureCell(String page, String code) {
    return text(page, "id=\"figure-" + code + "\">\\s*<a [^>]*>([^<]+)</a>");
  }

  private static String text(String page, String regex) {
    Matcher m = Pattern.compile(regex).matcher(page);
    assertThat(m.find()).as(regex).isTrue();
    return m.group(1).trim();
  }

  private static String between(String page, String start, String end) {
    int from = page.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    return page.substring(from, page.indexOf(end, from));
  }

  private static String escapeHtml(String text) {
    return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
