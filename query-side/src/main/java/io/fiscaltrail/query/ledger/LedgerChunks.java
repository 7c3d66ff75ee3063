package io.fiscaltrail.query.ledger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The entries of each stream, kept in chunk documents {@code _id: "<stream>#<n>"} that hold the
 * entries of stream sequences {@code n * SIZE} to {@code (n + 1) * SIZE - 1}, and the stream's
 * checkpoints, {@code _id: "<stream>#<n>"} in a collection of their own: the figures folded from
 * every chunk below {@code n}. A chunk's entries are stored {@linkplain LedgerDocuments#packed
 * packed}, in parts: one for a chunk written whole, one more for each append; a checkpoint's days
 * in one. Every read and write is by {@code _id} or {@code $in} of {@code _id}s,
 * which the embedded server answers from its index. An entry is keyed by its sequence inside its
 * chunk, so writing it again after a redelivery replaces it instead of adding a copy; a checkpoint
 * is derived from the stream alone, so writing it again writes the same document.
 */
public abstract class LedgerChunks {

  static final int ENTRIES_PER_CHUNK = 500;

  private final MongoCollection<Document> chunks;
  private final MongoCollection<Document> checkpoints;
  // the same collections, for documents written as BSON trees (LedgerDocuments)
  private final MongoCollection<BsonDocument> chunkWrites;
  private final MongoCollection<BsonDocument> checkpointWrites;
  // Decoded once and shared between requests: a checkpoint never changes, nor does a full chunk
  // (entries are keyed by their sequence, a redelivery writes the same ones); a reset empties both.
  // Bounded by memory: enough for every checkpoint and chunk of a year of some 100,000 entries, so
  // that answers as known at random times do not decode (and the collector copy) one each.
  private final Cache<String, FrozenDays> decodedCheckpoints = Caffeine.newBuilder()
      .maximumWeight(64L << 20).weigher((String id, FrozenDays days) -> days.weight()).build();
  private final Cache<String, ChunkPostings> fullChunkPostings = Caffeine.newBuilder()
      .maximumWeight(32L << 20).weigher((String id, ChunkPostings postings) -> postings.weight()).build();

  // the highest sequence a chunk holds
  private static final String LAST = "last";
  private static final Bson ENTRIES_AND_NUMBER =
      Projections.include("chunk", LedgerDocuments.ENTRIES, LedgerDocuments.PARTS);

  protected LedgerChunks(MongoCollection<Document> chunks, MongoCollection<Document> checkpoints) {
    this.chunks = chunks;
    this.checkpoints = checkpoints;
    this.chunkWrites = chunks.withDocumentClass(BsonDocument.class);
    this.checkpointWrites = checkpoints.withDocumentClass(BsonDocument.class);
  }

  /**
   * Writes entries of one stream, one document write per chunk touched. A chunk already stored
   * gets only the entries it lacks, appended, when they all follow the ones it holds (a stream's
   * events arrive in order, so they do); otherwise, and for a new chunk, the whole chunk is written.
   *
   * <p>Each chunk keeps the highest sequence it holds ({@code last}), so that the common case, an
   * append after everything the chunk holds, is that one write with no read before it: the write
   * matches only while {@code last} is below the first entry appended. A chunk it does not match
   * (redelivered to, written before {@code last} was kept), and one whose first entry is among
   * those written (new, most likely), has its sequences read first.
   */
  public void append(String stream, List<LedgerEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Map<Long, TreeMap<Long, LedgerEntry>> byChunk = new TreeMap<>();
    for (LedgerEntry entry : entries) {
      byChunk.computeIfAbsent(chunkOf(entry.sequence()), n -> new TreeMap<>()).put(entry.sequence(), entry);
    }
    byChunk.entrySet().removeIf(chunk -> pushedAfterAllItHolds(stream, chunk.getKey(), chunk.getValue()));
    if (byChunk.isEmpty()) {
      return;
    }
    List<String> ids = byChunk.keySet().stream().map(n -> chunkId(stream, n)).toList();
    Map<Long, List<Long>> held = new TreeMap<>();
    for (Document stored : chunks.find(Filters.in("_id", ids)).projection(ENTRIES_AND_NUMBER)) {
      held.put(stored.get("chunk", Number.class).longValue(), LedgerDocuments.chunkEntries(stored).stream()
          .map(d -> d.get("origin", Document.class).get("sequence", Number.class).longValue())
          .toList());
    }
    byChunk.forEach((n, fresh) -> {
      List<Long> sequences = held.get(n);
      if (sequences == null) {
        writeWhole(stream, n, fresh);
        return;
      }
      sequences.forEach(fresh::remove); // redelivered: the chunk holds them already
      if (fresh.isEmpty()) {
        return;
      }
      if (sequences.stream().allMatch(sequence -> sequence < fresh.firstKey())) {
        chunks.updateOne(Filters.eq("_id", chunkId(stream, n)), push(fresh));
      } else {
        LedgerDocuments.chunkEntries(chunks.find(Filters.eq("_id", chunkId(stream, n))).first())
            .stream().map(LedgerDocuments::entry).forEach(kept -> fresh.putIfAbsent(kept.sequence(), kept));
        writeWhole(stream, n, fresh);
      }
    });
  }

  private boolean pushedAfterAllItHolds(String stream, long n, TreeMap<Long, LedgerEntry> fresh) {
    if (fresh.firstKey() == n * ENTRIES_PER_CHUNK) {
      return false; // the chunk's first entry: a new chunk (or a redelivery), which a push would not match
    }
    Bson holdsOnlyEarlier = Filters.and(Filters.eq("_id", chunkId(stream, n)), Filters.lt(LAST, fresh.firstKey()));
    return chunks.updateOne(holdsOnlyEarlier, push(fresh)).getMatchedCount() == 1;
  }

  /** Written out as it is: the driver's update builders would copy the part into a tree of their own first. */
  private static BsonDocument push(TreeMap<Long, LedgerEntry> following) {
    return new BsonDocument("$push", new BsonDocument(LedgerDocuments.PARTS, LedgerDocuments.packedEntries(following.values())))
        .append("$set", new BsonDocument(LAST, new BsonInt64(following.lastKey())));
  }

  private void writeWhole(String stream, long n, TreeMap<Long, LedgerEntry> chunk) {
    chunkWrites.replaceOne(
        Filters.eq("_id", chunkId(stream, n)),
        new BsonDocument("_id", new BsonString(chunkId(stream, n)))
            .append("stream", new BsonString(stream))
            .append("chunk", new BsonInt64(n))
            .append(LAST, new BsonInt64(chunk.lastKey()))
            .append(LedgerDocuments.PARTS, new BsonArray(List.of(LedgerDocuments.packedEntries(chunk.values())))),
        new ReplaceOptions().upsert(true));
  }

  /** Writes checkpoints of one stream; to be called before the book that passed them is saved. */
  public void save(String stream, List<Checkpoint> passed) {
    for (Checkpoint checkpoint : passed) {
      checkpointWrites.replaceOne(
          Filters.eq("_id", chunkId(stream, checkpoint.number())),
          new BsonDocument("_id", new BsonString(chunkId(stream, checkpoint.number())))
              .append("stream", new BsonString(stream))
              .append("checkpoint", new BsonInt64(checkpoint.number()))
              .append(LedgerDocuments.DAYS, LedgerDocuments.packed(checkpoint.days())),
          new ReplaceOptions().upsert(true));
    }
  }

  /**
   * The entries of a stream up to and including {@code lastSequence}, in stream order. Entries
   * beyond it may exist (chunks are written before the book that counts them) and are left out.
   */
  public List<LedgerEntry> read(String stream, long lastSequence) {
    if (lastSequence < 0) {
      return List.of();
    }
    return entries(stream, LongStream.rangeClosed(0, chunkOf(lastSequence)), lastSequence);
  }

  /**
   * The figures of a stream's entries up to {@code lastSequence} that were recorded at or before
   * {@code knownAt}, equal to folding {@link #read} filtered by recorded time. {@code standing} is
   * the fold of every such entry (the book's figures), {@code recorded} the book's index. With
   * entries recorded in stream order this is a checkpoint and at most one chunk, however long the
   * stream; entries recorded out of order cost one more chunk read each chunk they straddle.
   */
  public DailyFigures figuresKnownAt(
      String stream, long lastSequence, RecordingIndex recorded, DailyFigures standing, Instant knownAt) {
    if (lastSequence < 0) {
      return DailyFigures.empty();
    }
    long lastChunk = chunkOf(lastSequence);
    long wholeChunks = recorded.wholeChunksKnownAt(knownAt, lastChunk);
    if (wholeChunks > lastChunk) {
      return standing;
    }
    DailyFigures figures = wholeChunks == 0 ? DailyFigures.empty() : DailyFigures.over(checkpoint(stream, wholeChunks));
    LongStream straddling =
        LongStream.rangeClosed(wholeChunks, lastChunk).filter(n -> recorded.mayHoldKnownAt(n, knownAt));
    for (ChunkPostings chunk : postings(stream, straddling)) {
      chunk.addKnownAt(knownAt, lastSequence, figures);
    }
    return figures;
  }

  /**
   * Drops the chunks and checkpoints. Dropping, not deleting every document: the embedded server
   * reads and decodes each document a delete matches before it removes it, which took 0.9 s of a
   * 100,000-entry year's rebuild (BENCHMARKS.md, run 17). The collections hold no index but
   * {@code _id}, and the next write creates them again.
   */
  public void deleteAll() {
    chunks.drop();
    checkpoints.drop();
    decodedCheckpoints.invalidateAll();
    fullChunkPostings.invalidateAll();
  }

  static long chunkOf(long sequence) {
    return sequence / ENTRIES_PER_CHUNK;
  }

  private FrozenDays checkpoint(String stream, long number) {
    String id = chunkId(stream, number);
    return decodedCheckpoints.get(id, unknown -> {
      Document stored = checkpoints.find(Filters.eq("_id", id)).first();
      if (stored == null) {
        throw new IllegalStateException("checkpoint " + id + " is missing: replay the projection");
      }
      return FrozenDays.of(LedgerDocuments.checkpointDays(stored));
    });
  }

  private List<LedgerEntry> entries(String stream, LongStream chunkNumbers, long lastSequence) {
    List<String> ids = chunkNumbers.mapToObj(n -> chunkId(stream, n)).toList();
    List<LedgerEntry> entries = new ArrayList<>();
    if (ids.isEmpty()) {
      return entries;
    }
    for (Document stored : chunks.find(Filters.in("_id", ids))) {
      for (Document d : LedgerDocuments.chunkEntries(stored)) {
        LedgerEntry entry = LedgerDocuments.entry(d);
        if (entry.sequence() <= lastSequence) {
          entries.add(entry);
        }
      }
    }
    entries.sort(Comparator.comparingLong(LedgerEntry::sequence));
    return entries;
  }

  /** The postings of the chunks: a full chunk's are kept. */
  private List<ChunkPostings> postings(String stream, LongStream chunkNumbers) {
    List<ChunkPostings> postings = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    chunkNumbers.mapToObj(n -> chunkId(stream, n)).forEach(id -> {
      ChunkPostings full = fullChunkPostings.getIfPresent(id);
      if (full != null) {
        postings.add(full);
      } else {
        unread.add(id);
      }
    });
    if (!unread.isEmpty()) {
      for (Document stored : chunks.find(Filters.in("_id", unread))) {
        ChunkPostings chunk = ChunkPostings.of(LedgerDocuments.chunkEntries(stored));
        if (chunk.size() == ENTRIES_PER_CHUNK) {
          fullChunkPostings.put(stored.getString("_id"), chunk);
        }
        postings.add(chunk);
      }
    }
    return postings;
  }

  private static String chunkId(String stream, long chunk) {
    return stream + "#" + chunk;
  }
}
