package io.fiscaltrail.query.timeline;

import static io.fiscaltrail.query.Facts.initial;
import static io.fiscaltrail.query.Facts.opened;
import static io.fiscaltrail.query.Facts.registered;
import static io.fiscaltrail.query.Facts.supplementary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.query.History;
import io.fiscaltrail.query.InventedYear;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import io.fiscaltrail.query.SeedYear;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ReadModelTest
class TimelineRoutesTest {

  private static final String YEAR = "/api/departments/hexi-water/years/2023";
  private static final String SEED = "/api/departments/beita-union/years/2022";

  @Autowired MockMvc mvc;
  @Autowired ReadModel readModel;

  @BeforeEach
  void load() {
    readModel.clear();
    readModel.feed(InventedYear.history());
  }

  @Test
  void aBackdatedEntryIsFlaggedAndAnOnTimeOneIsNot() throws Exception {
    mvc.perform(get(YEAR + "/timeline"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.document == 'O-1')].effectiveDate").value("2023-08-08"))
        .andExpect(jsonPath("$[?(@.document == 'O-1')].flags.backdated").value(true))
        .andExpect(jsonPath("$[?(@.document == 'W-1')].flags.backdated").value(false));
  }

  @Test
  void entriesComeInEffectiveOrderWithTheRunningTotals() throws Exception {
    String body = mvc.perform(get(YEAR + "/timeline")).andReturn().getResponse().getContentAsString();
    List<String> dates = JsonPath.read(body, "$[*].effectiveDate");
    assertThat(dates).isSorted();
    // O-1 of 2023-08-08 sits between the July and August wages, though recorded in November.
    mvc.perform(get(YEAR + "/timeline").param("from", "2023-08-08").param("to", "2023-08-08"))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].amount").value("135000.00"))
        .andExpect(jsonPath("$[0].running.spent").value("4410000.00"));
    mvc.perform(get(YEAR + "/timeline").param("from", "2023-12-31"))
        .andExpect(jsonPath("$[-1:].type").value("YearClosed"))
        .andExpect(jsonPath("$[-1:].running.initial").value("5500000.00"))
        .andExpect(jsonPath("$[-1:].running.supplementary").value("1000000.00"))
        .andExpect(jsonPath("$[-1:].running.reductions").value("200000.00"))
        .andExpect(jsonPath("$[-1:].running.appropriated").value("6300000.00"))
        .andExpect(jsonPath("$[-1:].running.spent").value("5680000.00"))
        // carry-over in 120000 + appropriated 6300000 + other income 50000 − spent 5680000
        .andExpect(jsonPath("$[-1:].running.balance").value("790000.00"));
  }

  @Test
  void aReversalAndWhatItReversesPointAtEachOther() throws Exception {
    String body = mvc.perform(get(YEAR + "/timeline")).andReturn().getResponse().getContentAsString();
    String x1 = JsonPath.<List<String>>read(body, "$[?(@.type == 'ExpenditureRecorded' && @.document == 'X-1')].eventId").get(0);
    String reversal = JsonPath.<List<String>>read(body, "$[?(@.type == 'ExpenditureReversed')].eventId").get(0);
    mvc.perform(get(YEAR + "/timeline").param("from", "2023-09-05").param("to", "2023-09-25"))
        .andExpect(jsonPath("$[0].eventId").value(x1))
        .andExpect(jsonPath("$[0].flags.reversedBy").value(reversal))
        .andExpect(jsonPath("$[0].flags.correctedBy").value(nullValue()))
        .andExpect(jsonPath("$[1].eventId").value(reversal))
        .andExpect(jsonPath("$[1].flags.reversalOf").value(x1))
        .andExpect(jsonPath("$[1].reason").value("冲销"))
        .andExpect(jsonPath("$[1].amount").value("50000.00"))
        .andExpect(jsonPath("$[0].running.spent").value("4650000.00"))
        .andExpect(jsonPath("$[1].running.spent").value("4600000.00"));
  }

  @Test
  void knownAtHidesLaterRecordedEntriesFromTheTimeline() throws Exception {
    mvc.perform(get(YEAR + "/timeline").param("from", "2023-08-08").param("to", "2023-08-08")
            .param("knownAt", "2023-11-01T00:00:00Z"))
        .andExpect(jsonPath("$", hasSize(0)));
    mvc.perform(get(YEAR + "/timeline").param("knownAt", "2023-11-01T00:00:00Z"))
        .andExpect(jsonPath("$[-1:].running.spent").value("5545000.00"));
  }

  @Test
  void theActorComesFromTheEventsMetadataAndIsOtherwiseNull() throws Exception {
    BudgetYearId year = BudgetYearId.of("nanhu-parks", 2023);
    History h = new History(Instant.parse("2023-01-02T01:00:00Z"));
    h.add(registered("nanhu-parks", "南湖公园管理处", 5, 5, List.of("办公室")), opened(year));
    h.add(initial(year, BudgetLine.BASIC_PUBLIC, "100000.00", "2023-01-10"));
    h.by("auditor-7").add(supplementary(year, BudgetLine.PROJECT, "5000.00", "2023-03-01"));
    readModel.feed(h);
    mvc.perform(get("/api/departments/nanhu-parks/years/2023/timeline"))
        .andExpect(jsonPath("$[0].actor").value(nullValue()))
        .andExpect(jsonPath("$[1].actor").value("auditor-7"))
        .andExpect(jsonPath("$[1].reason").value("年中追加"))
        .andExpect(jsonPath("$[1].document").value("追加文件 2023-03-01"))
        .andExpect(jsonPath("$[1].recordedAt").value("2023-01-02T01:03:00Z"));
  }

  @Test
  void theTimelineReplaysEveryFactOfTheYearAndOnlyMoneyMovesTheTotals() throws Exception {
    readModel.clear();
    readModel.feed(SeedYear.history());
    String body = mvc.perform(get(SEED + "/timeline")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    List<String> types = JsonPath.read(body, "$[*].type");
    assertThat(types).contains(
        "CarryOverBroughtIn", "SpendingCeilingApproved", "InitialAppropriationApproved",
        "SupplementaryAllocationGranted", "ExpenditureRecorded", "PerformanceTargetSet", "OutputRecorded",
        "DisclosurePublished", "EvidenceRecorded", "ReportClaimsFiled", "YearClosed");
    List<String> descriptions = JsonPath.read(body, "$[*].description");
    assertThat(descriptions).allSatisfy(d -> assertThat(d).isNotBlank());
    List<Map<String, Object>> entries = JsonPath.read(body, "$[*]");
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).get("amount") == null) {
        assertThat(entries.get(i).get("running")).as(entries.get(i).get("type").toString())
            .isEqualTo(entries.get(i - 1).get("running"));
      }
    }
    mvc.perform(get(SEED + "/timeline").param("type", "DisclosurePublished").param("to", "2022-12-31"))
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[0].effectiveDate").value("2022-02-15"))
        .andExpect(jsonPath("$[0].amount").value(nullValue()))
        .andExpect(jsonPath("$[0].description").value("公开 BUDGET（区政府统一平台）"));
    mvc.perform(get(SEED + "/timeline").param("type", "ReportClaimsFiled"))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].running.spent").value("1492000.00"));
  }

  @Test
  void typeAndLineNarrowTheListButNotTheRunningTotals() throws Exception {
    String all = mvc.perform(get(YEAR + "/timeline")).andReturn().getResponse().getContentAsString();
    String narrowed = mvc.perform(get(YEAR + "/timeline")
            .param("type", "SupplementaryAllocationGranted").param("type", "AppropriationReduced"))
        .andReturn().getResponse().getContentAsString();
    assertThat(JsonPath.<List<String>>read(narrowed, "$[*].type"))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t).isIn("SupplementaryAllocationGranted", "AppropriationReduced"));
    String id = JsonPath.<List<String>>read(narrowed, "$[*].eventId").get(0);
    assertThat(JsonPath.<Map<String, Object>>read(narrowed, "$[0].running"))
        .isEqualTo(JsonPath.<List<Object>>read(all, "$[?(@.eventId == '" + id + "')].running").get(0));

    String project = mvc.perform(get(YEAR + "/timeline").param("line", "PROJECT"))
        .andReturn().getResponse().getContentAsString();
    assertThat(JsonPath.<List<String>>read(project, "$[*].line")).isNotEmpty().containsOnly("PROJECT");
  }

  @Test
  void badParametersAreBadRequestsNamingThem() throws Exception {
    for (String parameter : List.of("type", "line")) {
      mvc.perform(get(YEAR + "/timeline").param(parameter, "SOMETHING"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value(parameter));
    }
    for (String parameter : List.of("from", "to", "knownAt")) {
      mvc.perform(get(YEAR + "/timeline").param(parameter, "soon"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value(parameter));
    }
    mvc.perform(get("/api/departments/nobody/years/2023/timeline"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }
}
