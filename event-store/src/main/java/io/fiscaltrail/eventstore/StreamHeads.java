package io.fiscaltrail.eventstore;

import static io.fiscaltrail.eventstore.EventDocuments.AGGREGATE_IDENTIFIER;
import static io.fiscaltrail.eventstore.EventDocuments.HASH;
import static io.fiscaltrail.eventstore.EventDocuments.globalSequence;
import static io.fiscaltrail.eventstore.EventDocuments.sequenceNumber;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * The hash and global sequence number of the last event this process stored in each of its most
 * recently written streams, so that chaining and numbering the next event of a stream needs no
 * read of its predecessor. An entry is a stored, immutable fact (stream, sequence number, hash,
 * global number): it is only used for the predecessor of exactly that number, so a stream written
 * meanwhile by another process is simply a miss and is read.
 */
final class StreamHeads {

  record Head(long sequenceNumber, String hash, long globalSequence) {}

  private final Map<String, Head> heads;

  StreamHeads(int capacity) {
    this.heads = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Event {@code sequenceNumber} of {@code stream}, if it is the head this process stored. */
  synchronized Optional<Head> head(String stream, long sequenceNumber) {
    Head head = heads.get(stream);
    return head != null && head.sequenceNumber() == sequenceNumber ? Optional.of(head) : Optional.empty();
  }

  /** Remembers the last event of each stream in a batch that is now stored. */
  synchronized void stored(List<Document> batch) {
    for (Document event : batch) {
      heads.put(event.getString(AGGREGATE_IDENTIFIER),
          new Head(sequenceNumber(event), event.getString(HASH), globalSequence(event)));
    }
  }
}
