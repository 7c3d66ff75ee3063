package io.fiscaltrail.query.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.fiscaltrail.query.InventedYear;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** In June 2023 the invented year got 1,000,000 supplementary on 06-15 and paid wages W-6 on 06-28. */
@ReadModelTest
class DiffRoutesTest {

  private static final String YEAR = "/api/departments/hexi-water/years/2023";

  @Autowired MockMvc mvc;
  @Autowired ReadModel readModel;

  @BeforeEach
  void load() {
    readModel.clear();
    readModel.feed(InventedYear.history());
  }

  @Test
  void everyChangedFigureAndIndicatorWithTheEventsBehindIt() throws Exception {
    String june = mvc.perform(get(YEAR + "/timeline").param("from", "2023-06-02").param("to", "2023-06-30"))
        .andReturn().getResponse().getContentAsString();
    String granted = JsonPath.<List<String>>read(june, "$[?(@.type == 'SupplementaryAllocationGranted')].eventId").get(0);
    String wages = JsonPath.<List<String>>read(june, "$[?(@.document == 'W-6')].eventId").get(0);
    String diff = mvc.perform(get(YEAR + "/diff").param("from", "2023-06-01").param("to", "2023-06-30"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from").value("2023-06-01"))
        .andExpect(jsonPath("$.to").value("2023-06-30"))
        .andReturn().getResponse().getContentAsString();
    assertThat(field(diff, "figures", "APPROPRIATION_SUPPLEMENTARY", "before")).containsExactly("0.00");
    assertThat(field(diff, "figures", "APPROPRIATION_SUPPLEMENTARY", "after")).containsExactly("1000000.00");
    assertThat(field(diff, "figures", "APPROPRIATION_SUPPLEMENTARY", "events")).containsExactly(List.of(granted));
    assertThat(field(diff, "figures", "EXPENDITURE_TOTAL", "events")).containsExactly(List.of(wages));
    assertThat(field(diff, "figures", "APPROPRIATION_INITIAL", "after")).isEmpty();
    assertThat(field(diff, "indicators", "SUPPLEMENTARY_SHARE", "before")).containsExactly("0.00");
    assertThat(field(diff, "indicators", "SUPPLEMENTARY_SHARE", "events"))
        .singleElement().asInstanceOf(LIST).contains(granted);
  }

  @Test
  void betweenTwoRecordedTimesTheLaterRecordedEntriesExplainTheChange() throws Exception {
    String august = mvc.perform(get(YEAR + "/timeline").param("from", "2023-08-08").param("to", "2023-08-08"))
        .andReturn().getResponse().getContentAsString();
    String backdated = JsonPath.<List<String>>read(august, "$[?(@.document == 'O-1')].eventId").get(0);
    String diff = mvc.perform(get(YEAR + "/diff").param("asOf", "2023-12-31")
            .param("knownAtFrom", "2023-11-01T00:00:00Z").param("knownAtTo", "2023-12-01T00:00:00Z"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.asOf").value("2023-12-31"))
        .andExpect(jsonPath("$.knownAtFrom").value("2023-11-01T00:00:00Z"))
        .andReturn().getResponse().getContentAsString();
    assertThat(field(diff, "figures", "EXPENDITURE_TOTAL", "before")).containsExactly("5545000.00");
    assertThat(field(diff, "figures", "EXPENDITURE_TOTAL", "after")).containsExactly("5680000.00");
    assertThat(field(diff, "figures", "EXPENDITURE_TOTAL", "events")).containsExactly(List.of(backdated));
    assertThat(field(diff, "figures", "APPROPRIATION_TOTAL", "after")).isEmpty();
  }

  private static List<Object> field(String body, String list, String code, String field) {
    return JsonPath.read(body, "$." + list + "[?(@.code == '" + code + "')]." + field);
  }

  @Test
  void badParametersAreBadRequestsNamingThem() throws Exception {
    mvc.perform(get(YEAR + "/diff").param("to", "2023-06-30"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    mvc.perform(get(YEAR + "/diff").param("from", "2023-06-01"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    mvc.perform(get(YEAR + "/diff").param("from", "2023-07-01").param("to", "2023-06-30"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    mvc.perform(get(YEAR + "/diff").param("from", "2023-06-01").param("to", "2023-06-30").param("knownAt", "x"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("knownAt"));
    mvc.perform(get(YEAR + "/diff").param("knownAtTo", "2023-12-01T00:00:00Z"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("knownAtFrom"));
    mvc.perform(get(YEAR + "/diff").param("knownAtFrom", "2023-12-01T00:00:00Z"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("knownAtTo"));
    mvc.perform(get(YEAR + "/diff").param("knownAtFrom", "2023-12-01T00:00:00Z").param("knownAtTo", "then"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("knownAtTo"));
    mvc.perform(get(YEAR + "/diff").param("knownAtFrom", "2023-12-01T00:00:00Z").param("knownAtTo", "2023-11-01T00:00:00Z"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("knownAtFrom"));
  }
}
