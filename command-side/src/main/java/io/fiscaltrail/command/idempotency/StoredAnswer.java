package io.fiscaltrail.command.idempotency;

import org.bson.Document;
import org.bson.types.Binary;

/** The answer kept for a key: what is replayed to every repetition of its request. */
record StoredAnswer(int status, String contentType, String location, byte[] body) {

  static StoredAnswer of(Document record) {
    return new StoredAnswer(
        record.getInteger("status"),
        record.getString("contentType"),
        record.getString("location"),
        record.get("body", Binary.class).getData());
  }
}
