package io.fiscaltrail.command.department;

import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.kernel.department.DepartmentRegistered;
import io.fiscaltrail.kernel.department.RegisterDepartment;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DepartmentTest {

  private static final DepartmentCode UNION = DepartmentCode.of("beita-union");
  private static final List<String> DIVISIONS = List.of("办公室", "组织基层女工和宣传教育网络信息部", "权益保障和财务资产部");

  private final Set<DepartmentCode> registered = new HashSet<>();
  private AggregateTestFixture<Department> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Department.class);
    fixture.registerInjectableResource((DepartmentDirectory) registered::contains);
  }

  @Test
  void canRegisterADepartmentWithItsStaffingAndDivisions() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterDepartment(UNION, "北塔区总工会", 3, 3, 3, DIVISIONS, List.of()))
        .expectSuccessfulHandlerExecution()
        .expectEvents(new DepartmentRegistered(UNION, "北塔区总工会", 3, 3, 3, DIVISIONS, List.of()));
  }

  @Test
  void cannotRegisterTheSameCodeTwice() {
    registered.add(UNION);
    fixture
        .givenNoPriorActivity()
        .when(new RegisterDepartment(UNION, "北塔区总工会", 3, 3, 3, DIVISIONS, List.of()))
        .expectException(RejectedCommand.class)
        .expectExceptionMessage("department beita-union is already registered")
        .expectNoEvents();
  }

  @Test
  void cannotRegisterADepartmentWithoutAName() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterDepartment(UNION, " ", 3, 3, 3, DIVISIONS, List.of()))
        .expectException(RejectedCommand.class)
        .expectNoEvents();
  }

  @Test
  void cannotRegisterNegativeStaffing() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterDepartment(UNION, "北塔区总工会", -1, 3, 3, DIVISIONS, List.of()))
        .expectException(RejectedCommand.class)
        .expectNoEvents();
  }

  @Test
  void cannotNameMoreDivisionsThanItCounts() {
    fixture
        .givenNoPriorActivity()
        .when(new RegisterDepartment(UNION, "北塔区总工会", 3, 3, 2, DIVISIONS, List.of()))
        .expectException(RejectedCommand.class)
        .expectNoEvents();
  }
}
