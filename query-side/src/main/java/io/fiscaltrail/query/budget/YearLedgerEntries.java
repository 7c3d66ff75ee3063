package io.fiscaltrail.query.budget;

import io.fiscaltrail.kernel.budget.AppropriationChanged;
import io.fiscaltrail.kernel.budget.CarryOverBroughtIn;
import io.fiscaltrail.kernel.budget.ExpenditureClassification;
import io.fiscaltrail.kernel.budget.ExpenditureRecorded;
import io.fiscaltrail.kernel.budget.ExpenditureReversed;
import io.fiscaltrail.kernel.budget.OtherIncomeReceived;
import io.fiscaltrail.kernel.budget.SpendingCeilingApproved;
import io.fiscaltrail.kernel.budget.SupplementaryAllocationGranted;
import io.fiscaltrail.kernel.budget.ThreePublicCategory;
import io.fiscaltrail.kernel.budget.YearClosed;
import io.fiscaltrail.query.ledger.BaseFigures;
import io.fiscaltrail.query.ledger.EventOrigin;
import io.fiscaltrail.query.ledger.LedgerEntry;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;

/** Which base figures each money fact of a fiscal year moves, and by how much. */
final class YearLedgerEntries {

  private YearLedgerEntries() {}

  static LedgerEntry appropriation(DomainEventMessage<?> message, AppropriationChanged e) {
    return new LedgerEntry(
        EventOrigin.of(message), e.effectiveDate(), e.amount(), e.document(), null,
        Map.of(BaseFigures.appropriation(e.kind(), e.line()), e.amount().fen()), e.reason(),
        e instanceof SupplementaryAllocationGranted granted ? granted.approvedBy() : null);
  }

  static LedgerEntry carryOverIn(DomainEventMessage<?> message, CarryOverBroughtIn e) {
    return new LedgerEntry(
        EventOrigin.of(message), e.effectiveDate(), e.amount(), e.document(), null,
        Map.of(BaseFigures.CARRYOVER_IN, e.amount().fen()), null, null);
  }

  static LedgerEntry otherIncome(DomainEventMessage<?> message, OtherIncomeReceived e) {
    return new LedgerEntry(
        EventOrigin.of(message), e.effectiveDate(), e.amount(), e.document(), null,
        Map.of(BaseFigures.otherIncome(e.source()), e.amount().fen()), null, null);
  }

  /** A zero ceiling still touches its figure: it is a real approval of nothing. */
  static LedgerEntry ceiling(DomainEventMessage<?> message, SpendingCeilingApproved e) {
    return new LedgerEntry(
        EventOrigin.of(message), e.effectiveDate(), e.amount(), e.document(), null,
        Map.of(BaseFigures.ceiling(e.ceiling()), e.amount().fen()), null, null);
  }

  static LedgerEntry expenditure(DomainEventMessage<?> message, ExpenditureRecorded e) {
    return new LedgerEntry(
        EventOrigin.of(message), e.effectiveDate(), e.amount(), e.voucher(), e.correctsEventId(),
        spending(e.classification(), e.amount().fen()), null, null);
  }

  /** A reversal takes the reversed amount off every figure it was counted in, on its own date. */
  static LedgerEntry reversal(DomainEventMessage<?> message, ExpenditureReversed e) {
    String document = e.document() == null ? e.voucher() : e.document();
    return new LedgerEntry(
        EventOrigin.of(message), e.effectiveDate(), e.amount(), document, e.reversedEventId(),
        spending(e.classification(), -e.amount().fen()), e.reason(), null);
  }

  static LedgerEntry close(DomainEventMessage<?> message, YearClosed e) {
    return new LedgerEntry(
        EventOrigin.of(message), e.effectiveDate(), e.carryOverOut(), e.document(), null,
        Map.of(BaseFigures.CARRYOVER_OUT, e.carryOverOut().fen()), null, null);
  }

  private static Map<String, Long> spending(ExpenditureClassification c, long fen) {
    Map<String, Long> figures = new TreeMap<>();
    figures.put(BaseFigures.expenditure(c.line()), fen);
    figures.put(BaseFigures.expenditureFunction(c.functionalCategory()), fen);
    figures.put(BaseFigures.expenditureEconomic(c.economicCategory()), fen);
    if (c.threePublic() != null && c.threePublic() != ThreePublicCategory.NONE) {
      figures.put(BaseFigures.threePublicSpent(c.threePublic()), fen);
    }
    if (c.governmentProcurement()) {
      figures.put(BaseFigures.PROCUREMENT_SPENT, fen);
    }
    if (c.keyProject()) {
      figures.put(BaseFigures.EXPENDITURE_KEY_PROJECT, fen);
    }
    return figures;
  }
}
