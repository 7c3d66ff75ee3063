package io.fiscaltrail.command.budget;

import static io.fiscaltrail.kernel.budget.AppropriationKind.INITIAL;
import static io.fiscaltrail.kernel.budget.AppropriationKind.REDUCTION;
import static io.fiscaltrail.kernel.budget.AppropriationKind.SUPPLEMENTARY;
import static io.fiscaltrail.kernel.budget.BudgetLine.UNASSIGNED;

import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.command.department.DepartmentDirectory;
import io.fiscaltrail.kernel.budget.AppropriationKind;
import io.fiscaltrail.kernel.budget.AppropriationReduced;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.BudgetYearOpened;
import io.fiscaltrail.kernel.budget.InitialAppropriationApproved;
import io.fiscaltrail.kernel.budget.RecordAppropriation;
import io.fiscaltrail.kernel.budget.SupplementaryAllocationGranted;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BudgetYearTest {

  private static final BudgetYearId YEAR = BudgetYearId.of("beita-union", 2022);
  private static final LocalDate JAN_10 = LocalDate.of(2022, 1, 10);
  private static final LocalDate JUL_28 = LocalDate.of(2022, 7, 28);

  private final Set<DepartmentCode> registered = new HashSet<>(Set.of(YEAR.department()));
  private AggregateTestFixture<BudgetYear> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(BudgetYear.class);
    fixture.registerInjectableResource((DepartmentDirectory) registered::contains);
  }

  private static RecordAppropriation appropriation(
      AppropriationKind kind, String amount, LocalDate date, String reason) {
    return new RecordAppropriation(YEAR, kind, UNASSIGNED, Money.parse(amount), date, "北财预〔2022〕1号", reason, null);
  }

  @Test
  void canOpenTheYearWithItsInitialAppropriation() {
    fixture
        .givenNoPriorActivity()
        .when(appropriation(INITIAL, "438400.00", JAN_10, null))
        .expectEvents(
            new BudgetYearOpened(YEAR),
            new InitialAppropriationApproved(
                YEAR, UNASSIGNED, Money.parse("438400.00"), JAN_10, "北财预〔2022〕1号", null));
  }

  @Test
  void canGrantASupplementaryAllocationWithItsDateDocumentAndReason() {
    fixture
        .given(new BudgetYearOpened(YEAR))
        .when(appropriation(SUPPLEMENTARY, "31400.00", JUL_28, "困难职工专项帮扶资金"))
        .expectEvents(
            new SupplementaryAllocationGranted(
                YEAR, UNASSIGNED, Money.parse("31400.00"), JUL_28, "北财预〔2022〕1号", "困难职工专项帮扶资金",
                SupplementaryAllocationGranted.NOT_RECORDED));
  }

  @Test
  void canGrantASupplementaryAllocationOnTheApprovalOfANamedAuthority() {
    fixture
        .given(new BudgetYearOpened(YEAR))
        .when(new RecordAppropriation(YEAR, SUPPLEMENTARY, UNASSIGNED, Money.parse("31400.00"), JUL_28,
            "北财预〔2022〕1号", "困难职工专项帮扶资金", "区财政局"))
        .expectEvents(
            new SupplementaryAllocationGranted(
                YEAR, UNASSIGNED, Money.parse("31400.00"), JUL_28, "北财预〔2022〕1号", "困难职工专项帮扶资金", "区财政局"));
  }

  @Test
  void cannotNameAnApprovingAuthorityForAnythingButASupplementaryAllocation() {
    fixture
        .given(new BudgetYearOpened(YEAR))
        .when(new RecordAppropriation(YEAR, INITIAL, UNASSIGNED, Money.parse("1.00"), JAN_10,
            "北财预〔2022〕1号", null, "区财政局"))
        .expectException(RejectedCommand.class)
        .expectExceptionMessage("is stated for a SUPPLEMENTARY allocation only")
        .expectNoEvents();
  }

  @Test
  void canReduceWithinTheYearsAppropriations() {
    fixture
        .given(
            new BudgetYearOpened(YEAR),
            new InitialAppropriationApproved(YEAR, UNASSIGNED, Money.parse("100.00"), JAN_10, "d", null))
        .when(appropriation(REDUCTION, "100.00", JUL_28, "调减"))
        .expectEvents(new AppropriationReduced(YEAR, UNASSIGNED, Money.parse("100.00"), JUL_28, "北财预〔2022〕1号", "调减"));
  }

  @Test
  void cannotReduceMoreThanWasAppropriated() {
    fixture
        .given(
            new BudgetYearOpened(YEAR),
            new InitialAppropriationApproved(YEAR, UNASSIGNED, Money.parse("100.00"), JAN_10, "d", null))
        .when(appropriation(REDUCTION, "100.01", JUL_28, "调减"))
        .expectException(RejectedCommand.class)
        .expectNoEvents();
  }

  @Test
  void cannotRecordAnAppropriationOutsideTheFiscalYear() {
    fixture
        .given(new BudgetYearOpened(YEAR))
        .when(appropriation(INITIAL, "1.00", LocalDate.of(2023, 1, 1), null))
        .expectException(RejectedCommand.class)
        .expectExceptionMessage("2023-01-01 is outside fiscal year 2022")
        .expectNoEvents();
  }

  @Test
  void cannotRecordAZeroAmount() {
    fixture
        .given(new BudgetYearOpened(YEAR))
        .when(appropriation(INITIAL, "0.00", JAN_10, null))
        .expectException(RejectedCommand.class)
        .expectNoEvents();
  }

  @Test
  void cannotGrantASupplementaryAllocationWithoutAReason() {
    fixture
        .given(new BudgetYearOpened(YEAR))
        .when(appropriation(SUPPLEMENTARY, "1.00", JUL_28, " "))
        .expectException(RejectedCommand.class)
        .expectExceptionMessage("a mid-year change needs its reason")
        .expectNoEvents();
  }

  @Test
  void cannotRecordWithoutTheApprovalDocument() {
    fixture
        .given(new BudgetYearOpened(YEAR))
        .when(new RecordAppropriation(YEAR, INITIAL, UNASSIGNED, Money.parse("1.00"), JAN_10, "", null, null))
        .expectException(RejectedCommand.class)
        .expectNoEvents();
  }

  @Test
  void cannotOpenAYearForAnUnregisteredDepartment() {
    registered.clear();
    fixture
        .givenNoPriorActivity()
        .when(appropriation(INITIAL, "1.00", JAN_10, null))
        .expectException(RejectedCommand.class)
        .expectExceptionMessage("department beita-union is not registered")
        .expectNoEvents();
  }
}
