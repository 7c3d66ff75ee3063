package io.fiscaltrail.eventstore;

import static io.fiscaltrail.eventstore.EventDocuments.AGGREGATE_IDENTIFIER;
import static io.fiscaltrail.eventstore.EventDocuments.EVENT_IDENTIFIER;
import static io.fiscaltrail.eventstore.EventDocuments.HASH;
import static io.fiscaltrail.eventstore.EventDocuments.META_DATA;
import static io.fiscaltrail.eventstore.EventDocuments.PAYLOAD;
import static io.fiscaltrail.eventstore.EventDocuments.PAYLOAD_REVISION;
import static io.fiscaltrail.eventstore.EventDocuments.PAYLOAD_TYPE;
import static io.fiscaltrail.eventstore.EventDocuments.PREVIOUS_HASH;
import static io.fiscaltrail.eventstore.EventDocuments.SEQUENCE_NUMBER;
import static io.fiscaltrail.eventstore.EventDocuments.STREAM_KEY;
import static io.fiscaltrail.eventstore.EventDocuments.TIMESTAMP;
import static io.fiscaltrail.eventstore.EventDocuments.TYPE;
import static io.fiscaltrail.eventstore.EventDocuments.globalSequence;
import static io.fiscaltrail.eventstore.EventDocuments.sequenceNumber;
import static io.fiscaltrail.eventstore.EventDocuments.streamKey;

import com.mongodb.client.MongoCollection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;

/**
 * Chains the events of each stream by SHA-256, so that an event edited, deleted or moved in
 * MongoDB no longer matches the hash its successor recorded. The hash of an event is taken over
 * the BSON encoding of its canonical document (see event-store/README.md, "Hash chain"): the
 * previous event's hash and the event's own stored fields, in a fixed order, with the types they
 * are stored with. So anyone with a BSON library can recompute it from the stored document.
 */
public final class HashChain {

  /** What the first event of a stream chains to. */
  public static final String GENESIS = "0".repeat(64);

  private static final DocumentCodec CODEC = new DocumentCodec();
  private static final HexFormat HEX = HexFormat.of();

  private HashChain() {}

  /**
   * Gives each new event document its {@code previousHash} and {@code hash}: an event chains to
   * the one before it in the batch, the first of a stream in the batch to the stream's stored
   * predecessor (the head this process stored last, else one exact {@code streamKey} read for the
   * whole batch), the first of a stream to {@link #GENESIS}. A rival writer of the same stream chained
   * to the same predecessor and collides with this batch on the unique stream key, so one chain wins.
   *
   * @return the highest global sequence number of those predecessors, 0 for none: the batch must be
   *     numbered above it, so that each stream's events keep their order in the global sequence
   */
  static long link(MongoCollection<Document> events, List<Document> batch, StreamHeads knownHeads) {
    Map<String, Long> firstOfStream = new HashMap<>();
    for (Document event : batch) {
      firstOfStream.merge(event.getString(AGGREGATE_IDENTIFIER), sequenceNumber(event), Math::min);
    }
    Map<String, String> heads = new HashMap<>();
    long highestPredecessor = 0;
    List<String> predecessorKeys = new ArrayList<>();
    for (Map.Entry<String, Long> first : firstOfStream.entrySet()) {
      String stream = first.getKey();
      if (first.getValue() == 0) {
        heads.put(stream, GENESIS);
        continue;
      }
      Optional<StreamHeads.Head> known = knownHeads.head(stream, first.getValue() - 1);
      if (known.isPresent()) {
        heads.put(stream, known.get().hash());
        highestPredecessor = Math.max(highestPredecessor, known.get().globalSequence());
      } else {
        predecessorKeys.add(streamKey(stream, first.getValue() - 1));
      }
    }
    if (!predecessorKeys.isEmpty()) {
      Map<Object, Document> predecessors = ExactKeyLookup.find(events, STREAM_KEY, predecessorKeys);
      for (Map.Entry<String, Long> first : firstOfStream.entrySet()) {
        Document predecessor = predecessors.get(streamKey(first.getKey(), first.getValue() - 1));
        heads.computeIfAbsent(first.getKey(), unknown -> chainedHash(predecessor));
        if (predecessor != null) {
          highestPredecessor = Math.max(highestPredecessor, globalSequence(predecessor));
        }
      }
    }
    for (Document event : batch) {
      String previous = heads.get(event.getString(AGGREGATE_IDENTIFIER));
      event.append(PREVIOUS_HASH, previous);
      String hash = hash(event, previous);
      event.append(HASH, hash);
      heads.put(event.getString(AGGREGATE_IDENTIFIER), hash);
    }
    return highestPredecessor;
  }

  /**
   * What an event's successor chains to: its hash; {@link #GENESIS} when there is none (an event
   * stored before hashing existed, or a predecessor missing, which verification reports).
   */
  static String chainedHash(Document predecessor) {
    return predecessor == null || predecessor.getString(HASH) == null ? GENESIS : predecessor.getString(HASH);
  }

  /** The SHA-256, in lowercase hex, of the event's canonical document chained to {@code previousHash}. */
  public static String hash(Document event, String previousHash) {
    return sha256(canonicalBytes(event, previousHash));
  }

  /** The BSON encoding of the canonical document: the fields below, in this order. */
  public static byte[] canonicalBytes(Document event, String previousHash) {
    Document canonical = new Document(PREVIOUS_HASH, previousHash)
        .append(AGGREGATE_IDENTIFIER, event.get(AGGREGATE_IDENTIFIER))
        .append(SEQUENCE_NUMBER, sequenceNumber(event))
        .append(TYPE, event.get(TYPE))
        .append(EVENT_IDENTIFIER, event.get(EVENT_IDENTIFIER))
        .append(TIMESTAMP, event.get(TIMESTAMP))
        .append(PAYLOAD_TYPE, event.get(PAYLOAD_TYPE))
        .append(PAYLOAD_REVISION, event.get(PAYLOAD_REVISION))
        .append(PAYLOAD, event.get(PAYLOAD))
        .append(META_DATA, event.get(META_DATA));
    try (BasicOutputBuffer buffer = new BasicOutputBuffer();
        BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
      CODEC.encode(writer, canonical, EncoderContext.builder().build());
      return buffer.toByteArray();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
