package io.fiscaltrail.query.budget;

import io.fiscaltrail.kernel.budget.AppropriationChanged;
import io.fiscaltrail.kernel.budget.AuditNoteRecorded;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.BudgetYearOpened;
import io.fiscaltrail.kernel.budget.CarryOverBroughtIn;
import io.fiscaltrail.kernel.budget.DisclosurePublished;
import io.fiscaltrail.kernel.budget.EvidenceRecorded;
import io.fiscaltrail.kernel.budget.ExpenditureRecorded;
import io.fiscaltrail.kernel.budget.ExpenditureReversed;
import io.fiscaltrail.kernel.budget.OtherIncomeReceived;
import io.fiscaltrail.kernel.budget.OutputRecorded;
import io.fiscaltrail.kernel.budget.PerformanceTargetSet;
import io.fiscaltrail.kernel.budget.ReportClaimsFiled;
import io.fiscaltrail.kernel.budget.SpendingCeilingApproved;
import io.fiscaltrail.kernel.budget.YearClosed;
import io.fiscaltrail.query.ledger.EventOrigin;
import io.fiscaltrail.query.ledger.BookBatch;
import io.fiscaltrail.query.ledger.LedgerEntry;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Folds each fiscal year's facts into its book and its ledger. The processor hands over events in
 * batches; each touched year is read once per batch (or taken on from the batch before, while the
 * stored book is where that batch left it) and written once, when the batch commits: the ledger
 * chunks first, then the book, whose sequence number is what makes a redelivered event a no-op.
 */
@Component
@ProcessingGroup(BudgetYearProjection.PROCESSING_GROUP)
class BudgetYearProjection {

  static final String PROCESSING_GROUP = "budget-years";

  private final BudgetYearBookRepository books;
  private final BudgetYearLedger ledger;

  BudgetYearProjection(BudgetYearBookRepository books, BudgetYearLedger ledger) {
    this.books = books;
    this.ledger = ledger;
  }

  @EventHandler
  void on(BudgetYearOpened event, DomainEventMessage<?> message) {
    change(event.budgetYear(), book -> book.open(message.getSequenceNumber()));
  }

  @EventHandler
  void on(AppropriationChanged event, DomainEventMessage<?> message) {
    post(event.budgetYear(), YearLedgerEntries.appropriation(message, event));
  }

  @EventHandler
  void on(CarryOverBroughtIn event, DomainEventMessage<?> message) {
    post(event.budgetYear(), YearLedgerEntries.carryOverIn(message, event));
  }

  @EventHandler
  void on(OtherIncomeReceived event, DomainEventMessage<?> message) {
    post(event.budgetYear(), YearLedgerEntries.otherIncome(message, event));
  }

  @EventHandler
  void on(SpendingCeilingApproved event, DomainEventMessage<?> message) {
    post(event.budgetYear(), YearLedgerEntries.ceiling(message, event));
  }

  @EventHandler
  void on(ExpenditureRecorded event, DomainEventMessage<?> message) {
    post(event.budgetYear(), YearLedgerEntries.expenditure(message, event));
  }

  @EventHandler
  void on(ExpenditureReversed event, DomainEventMessage<?> message) {
    post(event.budgetYear(), YearLedgerEntries.reversal(message, event));
  }

  @EventHandler
  void on(YearClosed event, DomainEventMessage<?> message) {
    post(event.budgetYear(), YearLedgerEntries.close(message, event));
  }

  @EventHandler
  void on(PerformanceTargetSet event, DomainEventMessage<?> message) {
    change(event.budgetYear(), book -> book.add(new PerformanceTarget(
        EventOrigin.of(message), event.targetCode(), event.name(), event.unit(), event.targetValue(),
        event.document())));
  }

  @EventHandler
  void on(OutputRecorded event, DomainEventMessage<?> message) {
    change(event.budgetYear(), book -> book.add(new RecordedOutput(
        EventOrigin.of(message), event.targetCode(), event.effectiveDate(), event.description(),
        event.quantity(), event.unit(), event.amount(), event.document())));
  }

  @EventHandler
  void on(DisclosurePublished event, DomainEventMessage<?> message) {
    change(event.budgetYear(), book -> book.add(new Disclosure(
        EventOrigin.of(message), event.subject(), event.channel(), event.effectiveDate())));
  }

  @EventHandler
  void on(EvidenceRecorded event, DomainEventMessage<?> message) {
    change(event.budgetYear(), book -> book.add(new Evidence(
        EventOrigin.of(message), event.indicator(), event.effectiveDate(), event.statement(),
        event.document())));
  }

  @EventHandler
  void on(ReportClaimsFiled event, DomainEventMessage<?> message) {
    change(event.budgetYear(), book -> book.add(new FiledReport(
        EventOrigin.of(message), event.document(), event.filedOn(), event.figures(), event.problems(),
        event.measures())));
  }

  @EventHandler
  void on(AuditNoteRecorded event, DomainEventMessage<?> message) {
    change(event.budgetYear(), book -> book.add(new AuditNote(
        EventOrigin.of(message), event.text(), event.subject(), event.document())));
  }

  @ResetHandler
  void reset() {
    books.deleteAll();
    ledger.deleteAll();
  }

  private void post(BudgetYearId year, LedgerEntry entry) {
    BookBatch<BudgetYearId, BudgetYearBook> batch = batch();
    if (batch.book(year).post(entry)) {
      batch.posted(year, entry);
    }
  }

  private void change(BudgetYearId year, Consumer<BudgetYearBook> change) {
    change.accept(batch().book(year));
  }

  private BookBatch<BudgetYearId, BudgetYearBook> batch() {
    return BookBatch.current(
        BudgetYearProjection.class,
        books::findForFolding,
        (year, entries) -> ledger.append(year.toString(), entries),
        this::save);
  }

  /** The checkpoints the book passed go first: the book's sequence is what marks them done. */
  private void save(BudgetYearBook book) {
    ledger.save(book.budgetYear().toString(), book.takePassedCheckpoints());
    books.save(book);
  }
}
