package io.fiscaltrail.query;

import io.fiscaltrail.query.ledger.LedgerDocuments;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.bson.Document;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Drives every projection of the context the way a streaming processor does: each batch of
 * events in one unit of work per projection, so that the batch is written when it commits.
 */
public final class ReadModel {

  private final List<AnnotationEventHandlerAdapter> projections = new ArrayList<>();
  private final MongoTemplate mongo;

  ReadModel(ApplicationContext context, MongoTemplate mongo) {
    this.mongo = mongo;
    context.getBeansWithAnnotation(ProcessingGroup.class).values()
        .forEach(p -> projections.add(new AnnotationEventHandlerAdapter(p)));
  }

  /** Starts from an empty store, with the projections reset as before a replay. */
  public void clear() {
    reset();
    mongo.getDb().drop();
  }

  public void feed(History history) {
    feed(history.messages(), 100);
  }

  public void feed(History history, int batchSize) {
    feed(history.messages(), batchSize);
  }

  public void feed(List<? extends EventMessage<?>> messages, int batchSize) {
    for (int from = 0; from < messages.size(); from += batchSize) {
      List<EventMessage<?>> batch = new ArrayList<>(messages.subList(from, Math.min(from + batchSize, messages.size())));
      projections.forEach(projection -> handle(projection, batch));
    }
  }

  /** What a processor reset does before a replay. */
  public void reset() {
    projections.forEach(AnnotationEventHandlerAdapter::prepareReset);
  }

  /** Every document of a collection, in {@code _id} order, as JSON. */
  /**
   * The collection's documents as JSON, in {@code _id} order, a ledger chunk's packed parts as the
   * entries they hold: a chunk has one part per write, so its parts follow the batches that wrote it.
   */
  public List<String> documents(String collection) {
    List<String> documents = new ArrayList<>();
    mongo.getCollection(collection).find().sort(new Document("_id", 1))
        .forEach(d -> documents.add(LedgerDocuments.withEntriesUnpacked(d).toJson()));
    return documents;
  }


  private static void handle(AnnotationEventHandlerAdapter projection, List<EventMessage<?>> batch) {
    BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
    ResultMessage<?> result = unitOfWork.executeWithResult(
        () -> projection.canHandle(unitOfWork.getMessage()) ? projection.handle(unitOfWork.getMessage()) : null,
        RollbackConfigurationType.ANY_THROWABLE);
    if (result.isExceptional()) {
      throw new AssertionError("projection failed", result.exceptionResult());
    }
  }
}
