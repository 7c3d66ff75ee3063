package io.fiscaltrail.command.budget;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.fiscaltrail.command.department.DepartmentDirectory;
import io.fiscaltrail.kernel.budget.AppropriationChanged;
import io.fiscaltrail.kernel.budget.AppropriationReduced;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.BudgetYearOpened;
import io.fiscaltrail.kernel.budget.InitialAppropriationApproved;
import io.fiscaltrail.kernel.budget.RecordAppropriation;
import io.fiscaltrail.kernel.budget.SupplementaryAllocationGranted;
import io.fiscaltrail.kernel.money.Money;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One department's fiscal year: every appropriation and, later, every expenditure of that year is
 * a fact in this stream. The stream opens with the first fact recorded for the year.
 */
@Aggregate(snapshotTriggerDefinition = "budgetYearSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class BudgetYear {

  @AggregateIdentifier private BudgetYearId id;
  private Money appropriated = Money.ZERO;

  protected BudgetYear() {
    // for Axon and snapshot deserialization
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordAppropriation command, DepartmentDirectory departments) {
    BudgetYearRules.appropriationIsWellFormed(command);
    if (id == null) {
      BudgetYearRules.departmentMustBeRegistered(command.budgetYear(), departments);
      apply(new BudgetYearOpened(command.budgetYear()));
    }
    BudgetYearRules.reductionCannotExceedAppropriations(command, appropriated);
    apply(appropriationFact(command));
  }

  private static AppropriationChanged appropriationFact(RecordAppropriation c) {
    return switch (c.kind()) {
      case INITIAL -> new InitialAppropriationApproved(
          c.budgetYear(), c.line(), c.amount(), c.effectiveDate(), c.document(), c.reason());
      case SUPPLEMENTARY -> new SupplementaryAllocationGranted(
          c.budgetYear(), c.line(), c.amount(), c.effectiveDate(), c.document(), c.reason());
      case REDUCTION -> new AppropriationReduced(
          c.budgetYear(), c.line(), c.amount(), c.effectiveDate(), c.document(), c.reason());
    };
  }

  @EventSourcingHandler
  void on(BudgetYearOpened event) {
    id = event.budgetYear();
  }

  @EventSourcingHandler
  void on(AppropriationChanged event) {
    appropriated =
        event instanceof AppropriationReduced
            ? appropriated.minus(event.amount())
            : appropriated.plus(event.amount());
  }
}
