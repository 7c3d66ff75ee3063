package io.fiscaltrail.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static io.fiscaltrail.eventstore.EventDocuments.ID;
import static io.fiscaltrail.eventstore.EventDocuments.UNIQUE_KEY;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Gives the events stored before the unique keys' rules ({@link UniqueEventKeys}) their keys, once
 * per set of rules: when the process starts, before it takes a command, if the store's marker
 * names other rules (or none). An event whose fact an earlier event already states keeps no key,
 * with a warning: the earlier one holds it. Writing the same key again is harmless, so processes
 * that start together may both do it.
 */
public class UniqueKeyBackfill implements InitializingBean {

  /** One document, {@code {_id: "events", scheme: <the rules whose keys the events carry>}}. */
  public static final String COLLECTION = "uniquekeys";

  private static final Logger log = LoggerFactory.getLogger(UniqueKeyBackfill.class);
  private static final String MARKER_ID = "events";
  private static final String SCHEME = "scheme";
  private static final int UPDATES_PER_WRITE = 1_000;

  private final GlobalSequenceEventStorageEngine engine;
  private final GlobalSequenceStorageStrategy strategy;
  private final MongoCollection<Document> events;
  private final MongoCollection<Document> markers;

  public UniqueKeyBackfill(GlobalSequenceEventStorageEngine engine, GlobalSequenceStorageStrategy strategy,
      MongoCollection<Document> events, MongoCollection<Document> markers) {
    this.engine = engine;
    this.strategy = strategy;
    this.events = events;
    this.markers = markers;
  }

  @Override
  public void afterPropertiesSet() {
    run();
  }

  /** Writes the missing keys if the marker names other rules; answers how many events were given one. */
  public long run() {
    String scheme = strategy.uniqueKeyScheme();
    Document marker = markers.find(eq(ID, MARKER_ID)).first();
    if (scheme.equals(UniqueEventKeys.NONE.scheme()) || marker != null && scheme.equals(marker.getString(SCHEME))) {
      return 0;
    }
    long keyed = 0;
    List<UpdateOneModel<Document>> updates = new ArrayList<>();
    try (Stream<? extends TrackedEventMessage<?>> stored = engine.readEvents(null, false)) {
      for (Iterator<? extends TrackedEventMessage<?>> it = stored.iterator(); it.hasNext(); ) {
        TrackedEventMessage<?> event = it.next();
        String key = event instanceof DomainEventMessage<?> domainEvent ? strategy.uniqueKeyOf(domainEvent) : null;
        if (key != null) {
          long globalSequence = event.trackingToken().position().orElseThrow();
          updates.add(new UpdateOneModel<>(eq(ID, globalSequence), Updates.set(UNIQUE_KEY, key)));
        }
        if (updates.size() == UPDATES_PER_WRITE || !it.hasNext() && !updates.isEmpty()) {
          keyed += write(updates);
          updates.clear();
        }
      }
    }
    markers.replaceOne(eq(ID, MARKER_ID), new Document(ID, MARKER_ID).append(SCHEME, scheme), new ReplaceOptions().upsert(true));
    log.info("Unique keys ({}) written to {} stored events", scheme, keyed);
    return keyed;
  }

  // in order, so that of two events stating one fact the earlier keeps the key: an ordered write
  // stops at its first error, and the rest is written again after it
  private long write(List<UpdateOneModel<Document>> updates) {
    List<UpdateOneModel<Document>> rest = updates;
    long written = 0;
    while (!rest.isEmpty()) {
      try {
        events.bulkWrite(rest);
        return written + rest.size();
      } catch (MongoBulkWriteException e) {
        BulkWriteError error = e.getWriteErrors().get(0);
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        UpdateOneModel<Document> refused = rest.get(error.getIndex());
        log.warn("The event {} states a fact an earlier event states already ({}): the earlier one keeps the key",
            refused.getFilter(), refused.getUpdate());
        written += error.getIndex();
        rest = rest.subList(error.getIndex() + 1, rest.size());
      }
    }
    return written;
  }
}
