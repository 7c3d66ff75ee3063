package io.fiscaltrail.command.budget;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.fiscaltrail.command.CommonRules;
import io.fiscaltrail.command.department.DepartmentDirectory;
import io.fiscaltrail.kernel.budget.AppropriationChanged;
import io.fiscaltrail.kernel.budget.AppropriationReduced;
import io.fiscaltrail.kernel.budget.AuditNoteRecorded;
import io.fiscaltrail.kernel.budget.ApproveSpendingCeiling;
import io.fiscaltrail.kernel.budget.BringInCarryOver;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.BudgetYearOpened;
import io.fiscaltrail.kernel.budget.CarryOverBroughtIn;
import io.fiscaltrail.kernel.budget.CloseYear;
import io.fiscaltrail.kernel.budget.DisclosurePublished;
import io.fiscaltrail.kernel.budget.EvidenceRecorded;
import io.fiscaltrail.kernel.budget.ExpenditureRecorded;
import io.fiscaltrail.kernel.budget.ExpenditureReversed;
import io.fiscaltrail.kernel.budget.FileReportClaims;
import io.fiscaltrail.kernel.budget.InitialAppropriationApproved;
import io.fiscaltrail.kernel.budget.OtherIncomeReceived;
import io.fiscaltrail.kernel.budget.OutputRecorded;
import io.fiscaltrail.kernel.budget.PerformanceTargetSet;
import io.fiscaltrail.kernel.budget.RecordAppropriation;
import io.fiscaltrail.kernel.budget.RecordAuditNote;
import io.fiscaltrail.kernel.budget.RecordDisclosure;
import io.fiscaltrail.kernel.budget.RecordEvidence;
import io.fiscaltrail.kernel.budget.RecordExpenditure;
import io.fiscaltrail.kernel.budget.RecordOtherIncome;
import io.fiscaltrail.kernel.budget.RecordOutput;
import io.fiscaltrail.kernel.budget.ReportClaimsFiled;
import io.fiscaltrail.kernel.budget.ReverseExpenditure;
import io.fiscaltrail.kernel.budget.SetPerformanceTarget;
import io.fiscaltrail.kernel.budget.SpendingCeilingApproved;
import io.fiscaltrail.kernel.budget.SupplementaryAllocationGranted;
import io.fiscaltrail.kernel.budget.YearClosed;
import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One department's fiscal year: every appropriation, income, expenditure, reversal, evaluation fact
 * and the close of that year are facts in this stream. The stream opens with the first fact
 * recorded for the year. Each handler checks its rules (see {@link BudgetYearRules}) before it
 * applies anything, so a refused command appends nothing.
 */
@Aggregate(snapshotTriggerDefinition = "budgetYearSnapshotTrigger", cache = "budgetYearCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class BudgetYear {

  @AggregateIdentifier private BudgetYearId id;
  private Money appropriated = Money.ZERO;
  private boolean closed;
  private final Set<String> targets = new HashSet<>();

  protected BudgetYear() {
    // for Axon and snapshot deserialization
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordAppropriation command, DepartmentDirectory departments) {
    BudgetYearRules.appropriationIsWellFormed(command);
    openIfNew(command.budgetYear(), departments);
    BudgetYearRules.financialFactsNeedAnOpenYear(closed);
    BudgetYearRules.reductionCannotExceedAppropriations(command, appropriated);
    apply(BudgetYearRules.appropriationFact(command));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(BringInCarryOver command, DepartmentDirectory departments) {
    CommonRules.amountIsPositive("amount", command.amount());
    BudgetYearRules.dateIsInTheFiscalYear(command.budgetYear(), command.effectiveDate());
    openIfNew(command.budgetYear(), departments);
    BudgetYearRules.financialFactsNeedAnOpenYear(closed);
    apply(new CarryOverBroughtIn(id, command.amount(), command.effectiveDate(), command.document()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordOtherIncome command, DepartmentDirectory departments) {
    CommonRules.isPresent("source", command.source());
    CommonRules.amountIsPositive("amount", command.amount());
    BudgetYearRules.dateIsInTheFiscalYear(command.budgetYear(), command.effectiveDate());
    openIfNew(command.budgetYear(), departments);
    BudgetYearRules.financialFactsNeedAnOpenYear(closed);
    apply(
        new OtherIncomeReceived(
            id, command.source(), command.amount(), command.effectiveDate(), command.document(),
            command.description()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(ApproveSpendingCeiling command, DepartmentDirectory departments) {
    CommonRules.isPresent("ceiling", command.ceiling());
    CommonRules.amountIsNotNegative("amount", command.amount());
    BudgetYearRules.dateIsInTheFiscalYear(command.budgetYear(), command.effectiveDate());
    openIfNew(command.budgetYear(), departments);
    BudgetYearRules.financialFactsNeedAnOpenYear(closed);
    apply(
        new SpendingCeilingApproved(
            id, command.ceiling(), command.amount(), command.effectiveDate(), command.document()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordExpenditure command, DepartmentDirectory departments, VoucherRegister register) {
    BudgetYearRules.expenditureIsWellFormed(command);
    openIfNew(command.budgetYear(), departments);
    BudgetYearRules.financialFactsNeedAnOpenYear(closed);
    // not looked up in the store: the store refuses a voucher it holds already (VoucherKeys)
    BudgetYearRules.voucherNumbersAreUnique(command.voucher(), knownToThisUnitOfWork(command.voucher(), register));
    String correctsEventId = null;
    if (command.corrects() != null) {
      RecordedVoucher original = find(command.corrects(), register);
      BudgetYearRules.onlyAStandingVoucherCanBeCorrected(command.corrects(), original);
      apply(reversal(command.corrects(), original, command.effectiveDate(), command.voucher(),
          "corrected by voucher " + command.voucher()));
      correctsEventId = original.eventId();
    }
    apply(
        new ExpenditureRecorded(
            id, command.voucher(), command.amount(), command.effectiveDate(),
            command.classification(), command.payee(), command.description(), correctsEventId));
  }

  @CommandHandler
  void handle(ReverseExpenditure command, VoucherRegister register) {
    BudgetYearRules.dateIsInTheFiscalYear(id, command.effectiveDate());
    CommonRules.isPresent("reason", command.reason());
    BudgetYearRules.financialFactsNeedAnOpenYear(closed);
    RecordedVoucher original = find(command.voucher(), register);
    BudgetYearRules.onlyAStandingVoucherCanBeReversed(command.voucher(), original);
    apply(reversal(command.voucher(), original, command.effectiveDate(), command.document(), command.reason()));
  }

  @CommandHandler
  void handle(CloseYear command) {
    CommonRules.amountIsNotNegative("carryOverOut", command.carryOverOut());
    BudgetYearRules.dateIsInTheFiscalYear(id, command.effectiveDate());
    BudgetYearRules.aYearClosesOnce(closed);
    apply(new YearClosed(id, command.carryOverOut(), command.effectiveDate(), command.document()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(SetPerformanceTarget command, DepartmentDirectory departments) {
    CommonRules.isPresent("targetCode", command.targetCode());
    CommonRules.isPresent("name", command.name());
    openIfNew(command.budgetYear(), departments);
    BudgetYearRules.targetCodesAreUnique(command.targetCode(), targets);
    apply(
        new PerformanceTargetSet(
            id, command.targetCode(), command.name(), command.unit(), command.targetValue(),
            command.document()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordOutput command, DepartmentDirectory departments) {
    CommonRules.isPresent("description", command.description());
    BudgetYearRules.dateIsInTheFiscalYear(command.budgetYear(), command.effectiveDate());
    openIfNew(command.budgetYear(), departments);
    BudgetYearRules.outputsCountTowardsKnownTargets(command.targetCode(), targets);
    apply(
        new OutputRecorded(
            id, command.targetCode(), command.effectiveDate(), command.description(),
            command.quantity(), command.unit(), command.amount(), command.document()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordDisclosure command, DepartmentDirectory departments) {
    CommonRules.isPresent("subject", command.subject());
    CommonRules.isPresent("channel", command.channel());
    BudgetYearRules.dateIsNotBeforeTheFiscalYear(command.budgetYear(), command.effectiveDate());
    openIfNew(command.budgetYear(), departments);
    apply(new DisclosurePublished(id, command.subject(), command.channel(), command.effectiveDate()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RecordEvidence command, DepartmentDirectory departments) {
    CommonRules.isPresent("indicator", command.indicator());
    CommonRules.isPresent("statement", command.statement());
    BudgetYearRules.dateIsNotBeforeTheFiscalYear(command.budgetYear(), command.effectiveDate());
    openIfNew(command.budgetYear(), departments);
    apply(
        new EvidenceRecorded(
            id, command.indicator(), command.effectiveDate(), command.statement(), command.document()));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(FileReportClaims command, DepartmentDirectory departments) {
    CommonRules.isPresent("document", command.document());
    BudgetYearRules.dateIsNotBeforeTheFiscalYear(command.budgetYear(), command.filedOn());
    openIfNew(command.budgetYear(), departments);
    apply(
        new ReportClaimsFiled(
            id, command.document(), command.filedOn(), command.figures(), command.problems(),
            command.measures()));
  }

  /** Notes are about what is recorded, so the year must exist; a closed year can still be audited. */
  @CommandHandler
  void handle(RecordAuditNote command) {
    CommonRules.isPresent("text", command.text());
    apply(new AuditNoteRecorded(id, command.text(), command.subject(), command.document()));
  }

  private void openIfNew(BudgetYearId budgetYear, DepartmentDirectory departments) {
    if (id == null) {
      BudgetYearRules.departmentMustBeRegistered(budgetYear, departments);
      apply(new BudgetYearOpened(budgetYear));
    }
  }

  /**
   * What this year knows of the voucher: this unit of work's own events (an import's earlier lines),
   * which are not stored yet, else the stored events.
   */
  private RecordedVoucher find(String voucher, VoucherRegister register) {
    RecordedVoucher recent = recentlyStaged(voucher);
    return recent != null ? recent : register.find(id, voucher);
  }

  /** As {@link #find}, but only from what this unit of work staged or read ahead: no store read. */
  private RecordedVoucher knownToThisUnitOfWork(String voucher, VoucherRegister register) {
    RecordedVoucher recent = recentlyStaged(voucher);
    return recent != null ? recent : register.readAheadOf(id, voucher);
  }

  private RecordedVoucher recentlyStaged(String voucher) {
    return CurrentUnitOfWork.map(unitOfWork -> vouchersOf(unitOfWork).get(voucher)).orElse(null);
  }

  /**
   * The vouchers this year's events recorded or reversed in this unit of work (an import's lines
   * share their import's): the VoucherRegister sees them only once the events are stored. Held by
   * the unit of work rather than by this aggregate, which may stay cached across a year's commands,
   * and out of the snapshot, which must not grow with the year.
   */
  private Map<String, RecordedVoucher> vouchersOf(UnitOfWork<?> unitOfWork) {
    return unitOfWork.root().getOrComputeResource(BudgetYear.class.getName() + ".vouchers." + id, key -> new HashMap<>());
  }

  private void remember(String voucher, RecordedVoucher recorded) {
    CurrentUnitOfWork.ifStarted(unitOfWork -> vouchersOf(unitOfWork).put(voucher, recorded));
  }

  private ExpenditureReversed reversal(
      String voucher, RecordedVoucher original, LocalDate date, String document, String reason) {
    return new ExpenditureReversed(
        id, original.eventId(), voucher, original.amount(), original.classification(), date, document, reason);
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

  @EventSourcingHandler
  void on(ExpenditureRecorded event, @MessageIdentifier String eventId) {
    remember(event.voucher(), new RecordedVoucher(eventId, event.amount(), event.classification(), null));
  }

  @EventSourcingHandler
  void on(ExpenditureReversed event, @MessageIdentifier String eventId) {
    remember(event.voucher(),
        new RecordedVoucher(event.reversedEventId(), event.amount(), event.classification(), eventId));
  }

  @EventSourcingHandler
  void on(YearClosed event) {
    closed = true;
  }

  @EventSourcingHandler
  void on(PerformanceTargetSet event) {
    targets.add(event.targetCode());
  }
}
