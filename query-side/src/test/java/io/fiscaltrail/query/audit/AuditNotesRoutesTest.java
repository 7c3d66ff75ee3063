package io.fiscaltrail.query.audit;

import static io.fiscaltrail.query.Facts.opened;
import static io.fiscaltrail.query.Facts.registered;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.fiscaltrail.kernel.budget.AuditNoteRecorded;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.query.History;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ReadModelTest
class AuditNotesRoutesTest {

  private static final BudgetYearId YEAR = BudgetYearId.of("audit-unit", 2023);
  private static final String ROUTE = "/api/departments/audit-unit/years/2023/audit-notes";

  @Autowired MockMvc mvc;
  @Autowired ReadModel readModel;

  @BeforeEach
  void load() {
    readModel.clear();
    History history = new History(Instant.parse("2023-03-01T01:00:00Z"));
    history.add(registered("audit-unit", "审计测试单位", 3, 3, List.of("办公室")), opened(YEAR));
    history.by("auditor").recordedAt(Instant.parse("2023-05-01T02:00:00Z"))
        .add(new AuditNoteRecorded(YEAR, "追加预算缺少批复文件", "APPROPRIATION_SUPPLEMENTARY", "底稿 3"));
    history.recordedAt(Instant.parse("2023-06-01T02:00:00Z"))
        .add(new AuditNoteRecorded(YEAR, "已补交批复", null, null));
    readModel.feed(history);
    readModel.feed(history);
  }

  @Test
  void everyNoteWithWhoRecordedItAndWhenInRecordingOrderOnceEachThoughDeliveredTwice() throws Exception {
    mvc.perform(get(ROUTE))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(2)))
        .andExpect(jsonPath("$[0].text").value("追加预算缺少批复文件"))
        .andExpect(jsonPath("$[0].subject").value("APPROPRIATION_SUPPLEMENTARY"))
        .andExpect(jsonPath("$[0].document").value("底稿 3"))
        .andExpect(jsonPath("$[0].actor").value("auditor"))
        .andExpect(jsonPath("$[0].recordedAt").value("2023-05-01T02:00:00Z"))
        .andExpect(jsonPath("$[0].eventId").isNotEmpty())
        .andExpect(jsonPath("$[1].text").value("已补交批复"))
        .andExpect(jsonPath("$[1].subject").value(nullValue()));
  }

  @Test
  void knownAtLeavesOutNotesRecordedLater() throws Exception {
    mvc.perform(get(ROUTE).param("knownAt", "2023-05-15T00:00:00Z"))
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].text").value("追加预算缺少批复文件"));
  }

  @Test
  void anUnknownDepartmentIsNotFoundAndABadKnownAtIsRefusedByName() throws Exception {
    mvc.perform(get("/api/departments/nobody/years/2023/audit-notes"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    mvc.perform(get(ROUTE).param("knownAt", "May"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("knownAt"));
  }
}
