package io.fiscaltrail.query.tracker;

import static io.fiscaltrail.query.Facts.initial;
import static io.fiscaltrail.query.Facts.opened;
import static io.fiscaltrail.query.Facts.registered;
import static io.fiscaltrail.query.Facts.supplementary;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.query.History;
import io.fiscaltrail.query.InventedYear;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The invented year: 1,000,000 supplementary of 6,300,000 appropriated. A park office: 1,000,000
 * initial, then 300,000 and a later-recorded 200,000 supplementary, of 1,500,000 appropriated.
 */
@ReadModelTest
class TrackerRoutesTest {

  private static final BudgetYearId PARKS = BudgetYearId.of("nanhu-parks", 2023);
  private static final String PARKS_ROUTE = "/api/departments/nanhu-parks/years/2023/supplementary-allocations";

  @Autowired MockMvc mvc;
  @Autowired ReadModel readModel;

  @BeforeEach
  void load() {
    readModel.clear();
    readModel.feed(InventedYear.history());
    History parks = new History(Instant.parse("2023-01-02T01:00:00Z"));
    parks.add(
        registered("nanhu-parks", "南湖公园管理处", 5, 5, List.of("办公室")),
        opened(PARKS),
        initial(PARKS, BudgetLine.BASIC_PUBLIC, "1000000.00", "2023-01-10"),
        supplementary(PARKS, BudgetLine.PROJECT, "300000.00", "2023-03-01"));
    parks.recordedAt(Instant.parse("2023-07-01T02:00:00Z"))
        .add(supplementary(PARKS, BudgetLine.BASIC_PUBLIC, "200000.00", "2023-05-01"));
    readModel.feed(parks);
  }

  @Test
  void everyAllocationWithItsRunningTotalAndShares() throws Exception {
    mvc.perform(get(PARKS_ROUTE).param("asOf", "2023-12-31"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.department").value("nanhu-parks"))
        .andExpect(jsonPath("$.appropriated").value("1500000.00"))
        .andExpect(jsonPath("$.supplementary").value("500000.00"))
        .andExpect(jsonPath("$.share").value("33.33"))
        .andExpect(jsonPath("$.allocations", hasSize(2)))
        .andExpect(jsonPath("$.allocations[0].effectiveDate").value("2023-03-01"))
        .andExpect(jsonPath("$.allocations[0].recordedAt").value("2023-01-02T01:03:00Z"))
        .andExpect(jsonPath("$.allocations[0].amount").value("300000.00"))
        .andExpect(jsonPath("$.allocations[0].document").value("追加文件 2023-03-01"))
        .andExpect(jsonPath("$.allocations[0].reason").value("年中追加"))
        .andExpect(jsonPath("$.allocations[0].approvedBy").value("区财政局"))
        .andExpect(jsonPath("$.allocations[0].line").value("PROJECT"))
        .andExpect(jsonPath("$.allocations[0].runningTotal").value("300000.00"))
        .andExpect(jsonPath("$.allocations[0].share").value("20.00"))
        .andExpect(jsonPath("$.allocations[0].runningShare").value("20.00"))
        .andExpect(jsonPath("$.allocations[1].line").value("PUBLIC"))
        .andExpect(jsonPath("$.allocations[1].runningTotal").value("500000.00"))
        .andExpect(jsonPath("$.allocations[1].share").value("13.33"))
        .andExpect(jsonPath("$.allocations[1].runningShare").value("33.33"));
  }

  @Test
  void asOfAndKnownAtCutTheList() throws Exception {
    mvc.perform(get(PARKS_ROUTE).param("asOf", "2023-04-01"))
        .andExpect(jsonPath("$.allocations", hasSize(1)))
        .andExpect(jsonPath("$.share").value("23.08"));
    mvc.perform(get(PARKS_ROUTE).param("asOf", "2023-12-31").param("knownAt", "2023-06-30T00:00:00Z"))
        .andExpect(jsonPath("$.allocations", hasSize(1)))
        .andExpect(jsonPath("$.appropriated").value("1300000.00"))
        .andExpect(jsonPath("$.share").value("23.08"));
    mvc.perform(get("/api/departments/hexi-water/years/2023/supplementary-allocations").param("asOf", "2023-06-14"))
        .andExpect(jsonPath("$.allocations", hasSize(0)))
        .andExpect(jsonPath("$.share").value("0.00"));
  }

  @Test
  void acrossDepartmentsRankedByShare() throws Exception {
    mvc.perform(get("/api/supplementary-allocations").param("year", "2023").param("asOf", "2023-12-31"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[0].department").value("nanhu-parks"))
        .andExpect(jsonPath("$[0].share").value("33.33"))
        .andExpect(jsonPath("$[1].department").value("hexi-water"))
        .andExpect(jsonPath("$[1].share").value("15.87"))
        .andExpect(jsonPath("$[1].allocations[0].amount").value("1000000.00"));
    mvc.perform(get("/api/supplementary-allocations").param("year", "2022").param("asOf", "2022-12-31"))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].department").value("hexi-water"))
        .andExpect(jsonPath("$[0].share").value("0.00"));
  }

  @Test
  void badParametersAreBadRequestsNamingThem() throws Exception {
    mvc.perform(get("/api/supplementary-allocations"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
    mvc.perform(get("/api/supplementary-allocations").param("year", "twenty"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
    mvc.perform(get("/api/supplementary-allocations").param("year", "2023").param("asOf", "May"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    mvc.perform(get(PARKS_ROUTE).param("knownAt", "later"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("knownAt"));
  }
}
