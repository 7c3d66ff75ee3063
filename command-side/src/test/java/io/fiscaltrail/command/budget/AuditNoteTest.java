package io.fiscaltrail.command.budget;

import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.command.department.DepartmentDirectory;
import io.fiscaltrail.kernel.budget.AuditNoteRecorded;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.BudgetYearOpened;
import io.fiscaltrail.kernel.budget.RecordAuditNote;
import io.fiscaltrail.kernel.budget.YearClosed;
import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditNoteTest {

  private static final BudgetYearId YEAR = BudgetYearId.of("beita-union", 2022);

  private AggregateTestFixture<BudgetYear> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(BudgetYear.class);
    fixture.registerInjectableResource((DepartmentDirectory) code -> true);
  }

  @Test
  void canRecordANoteAboutAnEventOrAFigureEvenOnAClosedYear() {
    fixture
        .given(new BudgetYearOpened(YEAR), new YearClosed(YEAR, Money.ZERO, LocalDate.of(2022, 12, 31), "决算"))
        .when(new RecordAuditNote(YEAR, "三公经费超预算，需说明", "THREE_PUBLIC_SPENT", "审计底稿 7"))
        .expectEvents(new AuditNoteRecorded(YEAR, "三公经费超预算，需说明", "THREE_PUBLIC_SPENT", "审计底稿 7"));
  }

  @Test
  void cannotRecordANoteWithoutText() {
    fixture
        .given(new BudgetYearOpened(YEAR))
        .when(new RecordAuditNote(YEAR, " ", null, null))
        .expectException(RejectedCommand.class)
        .expectExceptionMessage("is missing")
        .expectNoEvents();
  }

  @Test
  void cannotRecordANoteOnAYearWithNothingRecorded() {
    fixture
        .givenNoPriorActivity()
        .when(new RecordAuditNote(YEAR, "no budget filed", null, null))
        .expectException(AggregateNotFoundException.class)
        .expectNoEvents();
  }
}
