package io.fiscaltrail.command.budget;

import io.fiscaltrail.eventstore.GlobalSequenceEventStorageEngine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ExpenditureRecorded;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The vouchers of every fiscal year, read from the events that recorded and reversed them by their
 * unique keys ({@link VoucherKeys}) rather than kept in the {@link BudgetYear} aggregate, so that
 * its snapshot does not grow with the year. A reversal or a correction costs its command one
 * exact-key read of the voucher it names; a new voucher costs none, since the unique index on the
 * events holds each voucher to one recording and one reversal and refuses a second (a rival
 * writer of the same year meets this command's events at their stream key first).
 */
@Component
public class VoucherRegister {

  // keys per read ahead: a few hundred kilobytes of $in
  private static final int KEYS_PER_READ = 10_000;
  private static final String READ_AHEAD = VoucherRegister.class.getName() + ".readAhead";

  private final GlobalSequenceEventStorageEngine events;

  public VoucherRegister(GlobalSequenceEventStorageEngine events) {
    this.events = events;
  }

  /**
   * Reads at once what the stored events say of vouchers that a unit of work's commands are about
   * to name (an import's), a read per 5,000 vouchers instead of one per command; {@link #find}
   * answers those from it for the rest of the unit of work. What a rival writer stores meanwhile in
   * the same year meets the unit of work's append at its stream keys, as it would anyway.
   */
  public void readAhead(UnitOfWork<?> unitOfWork, BudgetYearId year, Collection<String> vouchers) {
    ReadAhead readAhead = readAheadOf(unitOfWork);
    List<String> keys = new ArrayList<>();
    for (String voucher : vouchers) {
      keys.add(VoucherKeys.recording(year, voucher));
      keys.add(VoucherKeys.reversal(year, voucher));
    }
    for (int from = 0; from < keys.size(); from += KEYS_PER_READ) {
      List<String> read = keys.subList(from, Math.min(from + KEYS_PER_READ, keys.size()));
      readAhead.found().putAll(events.eventsWithUniqueKeys(read));
      readAhead.asked().addAll(read);
    }
  }

  /** The voucher as the stored events have it: null when none recorded it. */
  RecordedVoucher find(BudgetYearId year, String voucher) {
    String recordingKey = VoucherKeys.recording(year, voucher);
    String reversalKey = VoucherKeys.reversal(year, voucher);
    Map<String, DomainEventMessage<?>> found = readAhead(recordingKey)
        .orElseGet(() -> events.eventsWithUniqueKeys(List.of(recordingKey, reversalKey)));
    return recordedVoucher(found, recordingKey, reversalKey);
  }

  /** The voucher as this unit of work's read ahead found it: null when none recorded it, or it was not read ahead. */
  RecordedVoucher readAheadOf(BudgetYearId year, String voucher) {
    String recordingKey = VoucherKeys.recording(year, voucher);
    return readAhead(recordingKey)
        .map(found -> recordedVoucher(found, recordingKey, VoucherKeys.reversal(year, voucher)))
        .orElse(null);
  }

  private static Optional<Map<String, DomainEventMessage<?>>> readAhead(String recordingKey) {
    return CurrentUnitOfWork.map(unitOfWork -> unitOfWork.root().<ReadAhead>getResource(READ_AHEAD))
        .filter(readAhead -> readAhead.asked().contains(recordingKey))
        .map(ReadAhead::found);
  }

  private static RecordedVoucher recordedVoucher(
      Map<String, DomainEventMessage<?>> found, String recordingKey, String reversalKey) {
    DomainEventMessage<?> recording = found.get(recordingKey);
    if (recording == null) {
      return null;
    }
    ExpenditureRecorded recorded = (ExpenditureRecorded) recording.getPayload();
    DomainEventMessage<?> reversal = found.get(reversalKey);
    return new RecordedVoucher(recording.getIdentifier(), recorded.amount(), recorded.classification(),
        reversal == null ? null : reversal.getIdentifier());
  }

  private static ReadAhead readAheadOf(UnitOfWork<?> unitOfWork) {
    return unitOfWork.root().getOrComputeResource(READ_AHEAD, key -> new ReadAhead(new HashSet<>(), new HashMap<>()));
  }

  /** The keys read ahead, and the events found for those that some event holds. */
  private record ReadAhead(Set<String> asked, Map<String, DomainEventMessage<?>> found) {}
}
