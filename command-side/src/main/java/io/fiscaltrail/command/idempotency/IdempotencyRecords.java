package io.fiscaltrail.command.idempotency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.stereotype.Component;

/**
 * The {@value #COLLECTION} collection: one document per account and key, {@code _id} =
 * {@code key@actor} (a key holds no {@code @}), so that every lookup is by exact {@code _id}. A
 * document is {@code started} while its request runs and {@code answered} once its 2xx answer is
 * kept; a request that stored nothing (any other answer) releases its key.
 */
@Component
class IdempotencyRecords {

  static final String COLLECTION = "idempotencykeys";

  private final MongoCollection<Document> records;
  private final Clock clock = Clock.systemUTC();

  IdempotencyRecords(MongoClient client, MongoProperties properties) {
    this.records = client.getDatabase(properties.getMongoClientDatabase()).getCollection(COLLECTION);
  }

  /** Claims the key for a request with this fingerprint; false if it is already claimed. */
  boolean claim(String id, String actor, String key, String fingerprint) {
    try {
      records.insertOne(new Document("_id", id)
          .append("actor", actor)
          .append("key", key)
          .append("fingerprint", fingerprint)
          .append("state", "started")
          .append("startedAt", clock.instant().toString()));
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
  }

  Optional<Document> find(String id) {
    return Optional.ofNullable(records.find(eq("_id", id)).first());
  }

  void keep(String id, StoredAnswer answer) {
    records.updateOne(and(eq("_id", id), eq("state", "started")), Updates.combine(
        Updates.set("state", "answered"),
        Updates.set("answeredAt", clock.instant().toString()),
        Updates.set("status", answer.status()),
        Updates.set("contentType", answer.contentType()),
        Updates.set("location", answer.location()),
        Updates.set("body", new Binary(answer.body()))));
  }

  void release(String id) {
    records.deleteOne(and(eq("_id", id), eq("state", "started")));
  }
}
