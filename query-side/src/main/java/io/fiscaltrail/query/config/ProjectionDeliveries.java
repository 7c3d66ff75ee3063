package io.fiscaltrail.query.config;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

/**
 * Diagnostics ({@code fiscaltrail.query.count-deliveries}): counts, per processor and event, the
 * batches that handed the event to the projection and committed, in {@value #COLLECTION}
 * ({@code _id} = processor/eventId, {@code count}, {@code by}: the instances, pid@host). It counts
 * before the books' sequence guard, so an event two instances both processed shows 2 even though the
 * guard made the second harmless. Written after the batch's token (after commit): a batch handed over
 * again because its token was never stored counts once. A process killed between its token and this
 * write leaves an event uncounted, which shows as lost, never as fine.
 */
final class ProjectionDeliveries implements MessageHandlerInterceptor<EventMessage<?>> {

  static final String COLLECTION = "projection_deliveries";

  private final String processor;
  private final MongoCollection<Document> deliveries;
  private final String self = ManagementFactory.getRuntimeMXBean().getName();

  ProjectionDeliveries(String processor, MongoCollection<Document> deliveries) {
    this.processor = processor;
    this.deliveries = deliveries;
  }

  @Override
  public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
    Object result = chain.proceed();
    UnitOfWork<?> batch = unitOfWork.root();
    List<String> handled = batch.getOrComputeResource(COLLECTION, key -> {
      List<String> ids = new ArrayList<>();
      batch.afterCommit(u -> count(ids));
      return ids;
    });
    handled.add(unitOfWork.getMessage().getIdentifier());
    return result;
  }

  private void count(List<String> eventIds) {
    deliveries.bulkWrite(eventIds.stream()
        .map(id -> new UpdateOneModel<Document>(
            Filters.eq("_id", processor + "/" + id),
            Updates.combine(Updates.inc("count", 1), Updates.push("by", self)),
            new UpdateOptions().upsert(true)))
        .toList());
  }
}
