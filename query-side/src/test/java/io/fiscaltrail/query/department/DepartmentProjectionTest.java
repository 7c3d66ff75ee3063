package io.fiscaltrail.query.department;

import static io.fiscaltrail.query.Facts.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.fiscaltrail.query.History;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import io.fiscaltrail.query.ledger.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReadModelTest
class DepartmentProjectionTest {

  @Autowired ReadModel readModel;
  @Autowired DepartmentRepository departments;

  @BeforeEach
  void emptyStore() {
    readModel.clear();
  }

  @Test
  void canTellTheStaffingOnAnyDate() {
    readModel.feed(new History(Instant.parse("2024-01-02T00:00:00Z")).add(
        registered("staff-unit", "某局", 10, 8, List.of("办公室", "业务股")),
        staffing("staff-unit", 12, 11, "2024-07-01"),
        staffing("staff-unit", 12, 9, "2024-03-01")));

    DepartmentRecord department = departments.find("staff-unit").orElseThrow();
    assertThat(actual(department, "2023-12-31")).isEqualTo(8);
    assertThat(actual(department, "2024-03-01")).isEqualTo(9);
    assertThat(actual(department, "2024-07-01")).isEqualTo(11);
    assertThat(department.view().authorizedHeadcount()).isEqualTo(12);
    assertThat(department.view().divisionCount()).isEqualTo(2);
    assertThat(department.duties()).containsExactly("职责一", "职责二");
  }

  @Test
  void ignoresRedeliveredEvents() {
    History h = new History(Instant.parse("2024-01-02T00:00:00Z")).add(
        registered("staff-unit", "某局", 10, 8, List.of("办公室")),
        staffing("staff-unit", 12, 11, "2024-07-01"));
    readModel.feed(h);
    readModel.feed(h.messages(), 1);

    assertThat(departments.find("staff-unit").orElseThrow().staffing().all()).hasSize(2);
  }

  private static long actual(DepartmentRecord department, String date) {
    return department.staffing().standing("ACTUAL_HEADCOUNT", day(date))
        .map(Statement::values).map(v -> v.get("ACTUAL_HEADCOUNT")).orElseThrow();
  }
}
