package io.fiscaltrail.command.budget;

import io.fiscaltrail.eventstore.GlobalSequenceEventStorageEngine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ExpenditureRecorded;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * The vouchers of every fiscal year, read from the events that recorded and reversed them by their
 * unique keys ({@link VoucherKeys}) rather than kept in the {@link BudgetYear} aggregate, so that
 * its snapshot does not grow with the year. A voucher costs a command one exact-key read and no
 * write of its own: the unique index on the events holds each voucher to one recording and one
 * reversal, and a rival writer of the same year meets this command's events at their stream key.
 */
@Component
public class VoucherRegister {

  private final GlobalSequenceEventStorageEngine events;

  public VoucherRegister(GlobalSequenceEventStorageEngine events) {
    this.events = events;
  }

  /** The voucher as the stored events have it: null when none recorded it. */
  RecordedVoucher find(BudgetYearId year, String voucher) {
    String recordingKey = VoucherKeys.recording(year, voucher);
    String reversalKey = VoucherKeys.reversal(year, voucher);
    Map<String, DomainEventMessage<?>> found = events.eventsWithUniqueKeys(List.of(recordingKey, reversalKey));
    DomainEventMessage<?> recording = found.get(recordingKey);
    if (recording == null) {
      return null;
    }
    ExpenditureRecorded recorded = (ExpenditureRecorded) recording.getPayload();
    DomainEventMessage<?> reversal = found.get(reversalKey);
    return new RecordedVoucher(recording.getIdentifier(), recorded.amount(), recorded.classification(),
        reversal == null ? null : reversal.getIdentifier());
  }
}
