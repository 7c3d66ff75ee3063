package io.fiscaltrail.command.budget;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ExpenditureRecorded;
import java.util.List;
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
 * {@code _id: "<department>/<year>#<voucher>"}, points at the events that recorded and reversed
 * it, each by its place in the year's stream and its identifier; every read is by {@code _id}.
 *
 * <p>The events decide: a pointer counts only while the stream holds that very event at that
 * place. A pointer is written before its event is stored, so a stored event always has one. A
 * command that fails after writing its pointer (a refused import, a lost race with another
 * writer) removes it again, and one that dies in a crash leaves a pointer at an event that never
 * came, which does not count. Two writers of the same year cannot both store their event: the
 * stream's unique key lets only one of them append at that place.
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

  /** The voucher as the year's stored events have it, or null when no stored event recorded it. */
  RecordedVoucher find(BudgetYearId year, String voucher) {
    Document entry = vouchers.find(eq("_id", key(year, voucher))).first();
    if (entry == null) {
      return null;
    }
    DomainEventMessage<?> recording = storedEvent(year, entry.getList(RECORDED, Document.class, List.of()));
    if (recording == null) {
      return null;
    }
    ExpenditureRecorded recorded = (ExpenditureRecorded) recording.getPayload();
    DomainEventMessage<?> reversal = storedEvent(year, entry.getList(REVERSED, Document.class, List.of()));
    return new RecordedVoucher(recording.getIdentifier(), recorded.amount(), recorded.classification(),
        reversal == null ? null : reversal.getIdentifier());
  }

  /** Points the voucher at the event that records it, at {@code sequence} of the year's stream. */
  void recorded(BudgetYearId year, String voucher, long sequence, String eventId) {
    point(RECORDED, year, voucher, sequence, eventId);
  }

  /** Points the voucher at the event that reverses it, at {@code sequence} of the year's stream. */
  void reversed(BudgetYearId year, String voucher, long sequence, String eventId) {
    point(REVERSED, year, voucher, sequence, eventId);
  }

  private void point(String kind, BudgetYearId year, String voucher, long sequence, String eventId) {
    String key = key(year, voucher);
    Document pointer = new Document("sequence", sequence).append("event", eventId);
    vouchers.updateOne(eq("_id", key), Updates.push(kind, pointer), new UpdateOptions().upsert(true));
    // only this command's own pointer: another writer's may sit next to it
    CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().onRollback(
        u -> vouchers.updateOne(eq("_id", key), Updates.pull(kind, pointer))));
  }

  /** The first pointed-at event the stream holds, or null. */
  private DomainEventMessage<?> storedEvent(BudgetYearId year, List<Document> pointers) {
    for (Document pointer : pointers) {
      long sequence = pointer.get("sequence", Number.class).longValue();
      DomainEventStream stream = events.readEvents(year.toString(), sequence);
      if (stream.hasNext()) {
        DomainEventMessage<?> event = stream.next();
        if (event.getSequenceNumber() == sequence && event.getIdentifier().equals(pointer.getString("event"))) {
          return event;
        }
      }
    }
    return null;
  }

  private static String key(BudgetYearId year, String voucher) {
    return year + "#" + voucher;
  }
}
