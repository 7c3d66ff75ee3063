package io.fiscaltrail.command.budget;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ExpenditureRecorded;
import io.fiscaltrail.kernel.budget.ExpenditureReversed;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The vouchers of every fiscal year, kept next to the events rather than in the {@link BudgetYear}
 * aggregate, so that its snapshot does not grow with the year. One document per voucher,
 * {@code _id: "<department>/<year>#<voucher>"}, holds claims on the places in the year's stream
 * where commands record or reverse it; every read and write is by {@code _id}, and a command
 * claims and learns what was there before in one atomic {@code findOneAndUpdate}.
 *
 * <p>The events decide: a claim counts only while the stream holds, at its place, the event it
 * announced. A claim is written before its event is stored, so a stored event always has one. A
 * command that fails after claiming (a refused import, a lost race with another writer) withdraws
 * its own claim, and one that dies in a crash leaves a claim whose event never came, which does
 * not count. Two writers of the same year cannot both store their event: the stream's unique key
 * lets only one of them append at that place.
 */
@Component
public class VoucherRegister {

  public static final String COLLECTION = "vouchers";
  private static final String RECORDED = "recorded";
  private static final String REVERSED = "reversed";

  private final MongoCollection<Document> vouchers;
  private final EventStore events;

  @Autowired
  VoucherRegister(MongoTemplate mongo, EventStore events) {
    this(mongo.getCollection(COLLECTION), events);
  }

  public VoucherRegister(MongoCollection<Document> vouchers, EventStore events) {
    this.vouchers = vouchers;
    this.events = events;
  }

  /**
   * Claims the place {@code sequence} of the year's stream for the event that records the voucher,
   * and answers the voucher as the stored events had it before: null when none recorded it.
   */
  RecordedVoucher claimRecording(BudgetYearId year, String voucher, long sequence) {
    return claim(RECORDED, year, voucher, sequence);
  }

  /**
   * Claims the place {@code sequence} of the year's stream for the event that reverses the
   * voucher, and answers the voucher as the stored events had it before: null when none recorded it.
   */
  RecordedVoucher claimReversal(BudgetYearId year, String voucher, long sequence) {
    return claim(REVERSED, year, voucher, sequence);
  }

  private RecordedVoucher claim(String kind, BudgetYearId year, String voucher, long sequence) {
    String key = year + "#" + voucher;
    Document claim = new Document("sequence", sequence).append("claim", UUID.randomUUID().toString());
    Document before = vouchers.findOneAndUpdate(eq("_id", key), Updates.push(kind, claim),
        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
    // withdraws only this command's claim: another writer's may sit next to it
    CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().onRollback(
        u -> vouchers.updateOne(eq("_id", key), Updates.pull(kind, claim))));
    return before == null ? null : asStored(year, voucher, before);
  }

  private RecordedVoucher asStored(BudgetYearId year, String voucher, Document entry) {
    DomainEventMessage<?> recording = storedEvent(year, voucher, ExpenditureRecorded.class, entry.getList(RECORDED, Document.class, List.of()));
    if (recording == null) {
      return null;
    }
    ExpenditureRecorded recorded = (ExpenditureRecorded) recording.getPayload();
    DomainEventMessage<?> reversal = storedEvent(year, voucher, ExpenditureReversed.class, entry.getList(REVERSED, Document.class, List.of()));
    return new RecordedVoucher(recording.getIdentifier(), recorded.amount(), recorded.classification(),
        reversal == null ? null : reversal.getIdentifier());
  }

  /** The first claimed event the stream holds: of that type, about that voucher, at that place. */
  private DomainEventMessage<?> storedEvent(BudgetYearId year, String voucher, Class<?> type, List<Document> claims) {
    for (Document claim : claims) {
      long sequence = claim.get("sequence", Number.class).longValue();
      DomainEventStream stream = events.readEvents(year.toString(), sequence);
      if (stream.hasNext()) {
        DomainEventMessage<?> event = stream.next();
        if (event.getSequenceNumber() == sequence && type.isInstance(event.getPayload())
            && voucher.equals(voucherOf(event.getPayload()))) {
          return event;
        }
      }
    }
    return null;
  }

  private static String voucherOf(Object payload) {
    return payload instanceof ExpenditureRecorded recorded ? recorded.voucher() : ((ExpenditureReversed) payload).voucher();
  }
}
