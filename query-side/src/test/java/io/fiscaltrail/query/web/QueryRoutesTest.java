package io.fiscaltrail.query.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import io.fiscaltrail.query.SeedYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@ReadModelTest
class QueryRoutesTest {

  private static final String YEAR = "/api/departments/beita-union/years/2022";

  @Autowired MockMvc mvc;
  @Autowired ReadModel readModel;

  @BeforeEach
  void loadTheSeedYear() {
    readModel.clear();
    readModel.feed(SeedYear.history());
  }

  @Test
  void theBudgetKeepsItsContract() throws Exception {
    mvc.perform(get(YEAR + "/budget").param("asOf", "2022-12-31"))
        .andExpect(status().isOk())
        .andExpect(content().json("""
            {"asOf":"2022-12-31","initial":"438400.00","supplementary":"1053600.00","reductions":"0.00",
             "appropriated":"1492000.00","spent":"1492000.00"}""", true));
  }

  @Test
  void withoutAsOfTheBudgetIsAsOfTodayOnTheBooksClock() throws Exception {
    mvc.perform(get(YEAR + "/budget")).andExpect(jsonPath("$.asOf").value("2023-06-30"));
  }

  @Test
  void traceListsTheEventsAndTheirTotal() throws Exception {
    mvc.perform(get(YEAR + "/trace").param("figure", "APPROPRIATION_INITIAL").param("asOf", "2022-12-31"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.figure").value("APPROPRIATION_INITIAL"))
        .andExpect(jsonPath("$.value").value("438400.00"))
        .andExpect(jsonPath("$.total").value("438400.00"))
        .andExpect(jsonPath("$.entries", hasSize(3)))
        .andExpect(jsonPath("$.entries[0].type").value("InitialAppropriationApproved"))
        .andExpect(jsonPath("$.entries[0].effectiveDate").value("2022-01-10"))
        .andExpect(jsonPath("$.entries[0].recordedAt").value(containsString("T")))
        .andExpect(jsonPath("$.entries[*].amount", hasItem("72600.00")))
        .andExpect(jsonPath("$.entries[0].document").value("年初预算批复"))
        .andExpect(jsonPath("$.entries[0].id").isString());
  }

  @Test
  void anUnknownFigureIsABadRequestNamingFigure() throws Exception {
    mvc.perform(get(YEAR + "/trace").param("figure", "NOPE"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("figure"));
    mvc.perform(get(YEAR + "/trace"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("figure"));
  }

  @Test
  void indicatorsHaveTheirValuesOrAReason() throws Exception {
    mvc.perform(get(YEAR + "/indicators").param("asOf", "2022-12-31"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code=='BUDGET_EXECUTION_RATE')].value").value(hasItem("100.00")))
        .andExpect(jsonPath("$[?(@.code=='BUDGET_EXECUTION_RATE_INITIAL_BASIC')].value").value(hasItem("444.31")))
        .andExpect(jsonPath("$[?(@.code=='BUDGET_EXECUTION_RATE')].numerator.code").value(hasItem("EXPENDITURE_TOTAL")))
        .andExpect(jsonPath("$[?(@.code=='BUDGET_EXECUTION_RATE')].denominator.value").value(hasItem("1492000.00")))
        .andExpect(jsonPath("$[?(@.code=='PUBLIC_FUNDS_CONTROL_RATE')].value").value(everyItem(nullValue())))
        .andExpect(jsonPath("$[?(@.code=='PUBLIC_FUNDS_CONTROL_RATE')].reason").value(hasItem(containsString("比率无定义"))))
        .andExpect(jsonPath("$[0].unit").value("%"))
        .andExpect(jsonPath("$[0].formula").isString())
        .andExpect(jsonPath("$[0].source").value("财预〔2013〕53号"));
  }

  @Test
  void findingsCarryTheirFiguresAndTheEventsBehindThem() throws Exception {
    mvc.perform(get(YEAR + "/findings").param("asOf", "2023-06-30"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].code").value("INITIAL_NOT_ASSIGNED_TO_LINES"))
        .andExpect(jsonPath("$[0].severity").value("WARNING"))
        .andExpect(jsonPath("$[0].message").value(containsString("7.26万元")))
        .andExpect(jsonPath("$[0].figures.APPROPRIATION_INITIAL_UNASSIGNED.value").value("72600.00"))
        .andExpect(jsonPath("$[0].figures.APPROPRIATION_INITIAL_UNASSIGNED.unit").value("元"))
        .andExpect(jsonPath("$[0].events", hasSize(3)))
        .andExpect(jsonPath("$[?(@.code=='CLAIM_OF_UNDEFINED_RATE')].figures.PUBLIC_FUNDS_CONTROL_RATE.value")
            .value(hasItem(nullValue())));
  }

  @Test
  void theFiguresOfTheYearCanBeListed() throws Exception {
    mvc.perform(get(YEAR + "/figures").param("asOf", "2022-12-31"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code=='EXPENDITURE_FUNCTION_210')].value").value(hasItem("24100.00")))
        .andExpect(jsonPath("$[?(@.code=='THREE_PUBLIC_BUDGET')].recorded").value(hasItem(true)))
        .andExpect(jsonPath("$[?(@.code=='AUTHORIZED_HEADCOUNT')].unit").value(hasItem("人")));
  }

  @Test
  void theReportIsMarkdownByDefaultAndHtmlOnRequest() throws Exception {
    mvc.perform(get(YEAR + "/report").param("asOf", "2023-06-30"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/markdown;charset=UTF-8"))
        .andExpect(content().string(containsString("## 一、部门基本情况")));
    mvc.perform(get(YEAR + "/report").param("format", "html").param("asOf", "2023-06-30"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/html;charset=UTF-8"))
        .andExpect(content().string(containsString("<h2>一、部门基本情况</h2>")));
    mvc.perform(get(YEAR + "/report").accept("text/html,application/xhtml+xml,*/*;q=0.8"))
        .andExpect(content().contentType("text/html;charset=UTF-8"));
    mvc.perform(get(YEAR + "/report").param("format", "pdf"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("format"));
  }

  @Test
  void anUnknownDepartmentIsNotFound() throws Exception {
    for (String route : new String[] {"budget", "figures", "trace", "indicators", "findings", "report"}) {
      mvc.perform(get("/api/departments/nobody/years/2022/" + route).param("figure", "EXPENDITURE_TOTAL"))
          .andExpect(status().isNotFound())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value("code"));
    }
  }

  @Test
  void aBadDateOrYearIsABadRequestNamingIt() throws Exception {
    for (String route : new String[] {"budget", "figures", "indicators", "findings", "report"}) {
      mvc.perform(get(YEAR + "/" + route).param("asOf", "2022-13-01"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }
    mvc.perform(get("/api/departments/beita-union/years/1800/budget"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
    mvc.perform(get("/api/departments/beita-union/years/twenty/budget"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
  }
}
