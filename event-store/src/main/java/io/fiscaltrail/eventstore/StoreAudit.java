package io.fiscaltrail.eventstore;

import static io.fiscaltrail.eventstore.EventDocuments.AGGREGATE_IDENTIFIER;
import static io.fiscaltrail.eventstore.EventDocuments.HASH;
import static io.fiscaltrail.eventstore.EventDocuments.PREVIOUS_HASH;
import static io.fiscaltrail.eventstore.EventDocuments.SEQUENCE_NUMBER;
import static io.fiscaltrail.eventstore.EventDocuments.STREAM_KEY;
import static io.fiscaltrail.eventstore.EventDocuments.globalSequence;
import static io.fiscaltrail.eventstore.EventDocuments.sequenceNumber;
import static io.fiscaltrail.eventstore.EventDocuments.streamKey;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.bson.Document;

/**
 * Verifies the hash chains of every stream and computes the digest of the stream heads. A full
 * read is inherent to verification and is streamed: first one scan of the collection (only the
 * stream, sequence number and hash of each event; on the embedded server a scan is far cheaper
 * than looking every position up), then each stream in batches of exact stream-key reads. Memory
 * grows with the number of streams, not of events.
 */
public class StoreAudit {

  private static final int SCAN_BATCH = 1000;
  private static final int EVENTS_PER_READ = 500;

  private final MongoCollection<Document> events;

  public StoreAudit(MongoCollection<Document> events) {
    this.events = events;
  }

  /** Every stream's chain, from its first event to its last. */
  public Verification verify() {
    return verify(survey(Long.MAX_VALUE), null);
  }

  /**
   * Every stream's chain, and whether the heads as of the digest's position still give it.
   *
   * @throws IllegalArgumentException when {@code digest} is not one {@link #digest()} gives
   */
  public Verification verify(String digest) {
    Survey survey = survey(StoreDigest.positionOf(digest));
    StoreDigest recomputed = StoreDigest.of(survey.position, survey.heads());
    Verification verification = verify(survey, recomputed);
    if (recomputed.digest().equals(digest)) {
      return verification;
    }
    List<BrokenEvent> broken = new ArrayList<>(verification.broken());
    broken.add(new BrokenEvent(null, null, BrokenEvent.DIGEST_MISMATCH, digest, recomputed.digest()));
    return new Verification(false, verification.streams(), verification.events(), broken, recomputed);
  }

  /** The digest of every stream's head as of the highest position stored now. */
  public StoreDigest digest() {
    Survey survey = survey(Long.MAX_VALUE);
    return StoreDigest.of(survey.highestStored, survey.heads());
  }

  private Verification verify(Survey survey, StoreDigest recomputed) {
    List<BrokenEvent> broken = new ArrayList<>();
    survey.streams.forEach((stream, summary) -> walk(stream, summary.lastSequence, broken));
    long eventCount = survey.streams.values().stream().mapToLong(summary -> summary.events).sum();
    return new Verification(broken.isEmpty(), survey.streams.size(), eventCount, broken, recomputed);
  }

  /** Scans every event, keeping per stream its size and its head as of {@code position}. */
  private Survey survey(long position) {
    Survey survey = new Survey(position);
    events.find()
        .projection(Projections.include(AGGREGATE_IDENTIFIER, SEQUENCE_NUMBER, HASH))
        .batchSize(SCAN_BATCH)
        .forEach(survey::add);
    return survey;
  }

  /** Checks a stream in sequence order, each event against the one before and after it. */
  private void walk(String stream, long lastSequence, List<BrokenEvent> broken) {
    Iterator<Slot> slots = new StreamSlots(stream, lastSequence);
    Slot previous = null;
    boolean previousIsAnchor = false;
    Slot current = slots.next();
    while (current != null) {
      Slot next = slots.hasNext() ? slots.next() : null;
      BrokenEvent problem = check(stream, previous, previousIsAnchor, current, next);
      if (problem != null) {
        broken.add(problem);
      }
      previousIsAnchor = current.event != null && current.event.getString(HASH) != null
          && (problem == null || !problem.reason().equals(BrokenEvent.REORDERED));
      previous = current;
      current = next;
    }
  }

  /**
   * The first thing wrong with an event, or null. The link to a predecessor that is missing,
   * unhashed or moved is not checked again: that predecessor is reported already.
   */
  private static BrokenEvent check(String stream, Slot previous, boolean previousIsAnchor, Slot current, Slot next) {
    Document event = current.event;
    if (event == null) {
      String chainedTo = next == null || next.event == null ? null : next.event.getString(PREVIOUS_HASH);
      return new BrokenEvent(stream, current.sequence, BrokenEvent.SEQUENCE_GAP, chainedTo, null);
    }
    String hash = event.getString(HASH);
    String previousHash = event.getString(PREVIOUS_HASH);
    if (hash == null) {
      return new BrokenEvent(stream, current.sequence, BrokenEvent.UNHASHED, null, null);
    }
    if (storedBefore(event, previous == null ? null : previous.event)
        || storedBefore(next == null ? null : next.event, event)) {
      String expected = previousIsAnchor ? previous.event.getString(HASH) : null;
      return new BrokenEvent(stream, current.sequence, BrokenEvent.REORDERED, expected, previousHash);
    }
    String expectedPrevious = current.sequence == 0 ? HashChain.GENESIS
        : previousIsAnchor ? previous.event.getString(HASH) : null;
    if (expectedPrevious != null && !expectedPrevious.equals(previousHash)) {
      return new BrokenEvent(stream, current.sequence, BrokenEvent.CHAIN_BREAK, expectedPrevious, previousHash);
    }
    String recomputed = HashChain.hash(event, previousHash);
    if (!recomputed.equals(hash)) {
      return new BrokenEvent(stream, current.sequence, BrokenEvent.HASH_MISMATCH, recomputed, hash);
    }
    return null;
  }

  /** Positions rise along a stream: each append is numbered after the stream it read was stored. */
  private static boolean storedBefore(Document later, Document earlier) {
    return later != null && earlier != null && globalSequence(later) < globalSequence(earlier);
  }

  /** A stream's sequence numbers 0 to its last, each with the event stored there, read in batches. */
  private final class StreamSlots implements Iterator<Slot> {

    private final String stream;
    private final long lastSequence;
    private final Deque<Slot> buffer = new ArrayDeque<>();
    private long nextToRead;

    StreamSlots(String stream, long lastSequence) {
      this.stream = stream;
      this.lastSequence = lastSequence;
    }

    @Override
    public boolean hasNext() {
      return !buffer.isEmpty() || nextToRead <= lastSequence;
    }

    @Override
    public Slot next() {
      if (buffer.isEmpty()) {
        long to = Math.min(nextToRead + EVENTS_PER_READ, lastSequence + 1);
        List<String> keys = LongStream.range(nextToRead, to).mapToObj(sequence -> streamKey(stream, sequence)).toList();
        Map<Object, Document> found = ExactKeyLookup.find(events, STREAM_KEY, keys);
        LongStream.range(nextToRead, to).forEach(sequence ->
            buffer.add(new Slot(sequence, found.get(streamKey(stream, sequence)))));
        nextToRead = to;
      }
      return buffer.removeFirst();
    }
  }

  /** A sequence number of a stream and the event stored there, null when none is. */
  private record Slot(long sequence, Document event) {}

  /** What the read of every position found, per stream. */
  private static final class Survey {

    final long position;
    final SortedMap<String, StreamSummary> streams = new TreeMap<>();
    long highestStored;

    Survey(long position) {
      this.position = position;
    }

    void add(Document event) {
      long number = globalSequence(event);
      highestStored = Math.max(highestStored, number);
      StreamSummary summary =
          streams.computeIfAbsent(event.getString(AGGREGATE_IDENTIFIER), stream -> new StreamSummary());
      long sequence = sequenceNumber(event);
      summary.events++;
      summary.lastSequence = Math.max(summary.lastSequence, sequence);
      if (number <= position && sequence >= summary.headSequence) {
        summary.headSequence = sequence;
        summary.headHash = event.getString(HASH);
      }
    }

    /** The head of each stream that had an event by the position, by stream identifier. */
    List<StreamHead> heads() {
      List<StreamHead> heads = new ArrayList<>();
      streams.forEach((stream, summary) -> {
        if (summary.headSequence >= 0) {
          heads.add(new StreamHead(stream, summary.headSequence, Objects.toString(summary.headHash, "")));
        }
      });
      return heads;
    }
  }

  private static final class StreamSummary {
    long events;
    long lastSequence = -1;
    long headSequence = -1;
    String headHash;
  }
}
