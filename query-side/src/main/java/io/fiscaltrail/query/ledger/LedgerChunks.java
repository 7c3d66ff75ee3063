package io.fiscaltrail.query.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.bson.Document;

/**
 * The entries of each stream, kept in chunk documents {@code _id: "<stream>#<n>"} that hold the
 * entries of stream sequences {@code n * SIZE} to {@code (n + 1) * SIZE - 1}. Every read and write
 * is by {@code _id} or {@code $in} of {@code _id}s, which the embedded server answers from its index.
 * An entry is keyed by its sequence inside its chunk, so writing it again after a redelivery
 * replaces it instead of adding a copy.
 */
public abstract class LedgerChunks {

  static final int ENTRIES_PER_CHUNK = 500;

  private final MongoCollection<Document> chunks;

  protected LedgerChunks(MongoCollection<Document> chunks) {
    this.chunks = chunks;
  }

  /** Writes entries of one stream, one document write per chunk touched. */
  public void append(String stream, List<LedgerEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Map<Long, TreeMap<Long, LedgerEntry>> byChunk = new TreeMap<>();
    for (LedgerEntry entry : entries) {
      byChunk.computeIfAbsent(chunkOf(entry.sequence()), n -> new TreeMap<>()).put(entry.sequence(), entry);
    }
    List<String> ids = byChunk.keySet().stream().map(n -> chunkId(stream, n)).toList();
    for (Document stored : chunks.find(Filters.in("_id", ids))) {
      TreeMap<Long, LedgerEntry> chunk = byChunk.get(stored.get("chunk", Number.class).longValue());
      for (Document d : stored.getList("entries", Document.class)) {
        LedgerEntry kept = LedgerDocuments.entry(d);
        chunk.putIfAbsent(kept.sequence(), kept);
      }
    }
    byChunk.forEach((n, chunk) -> chunks.replaceOne(
        Filters.eq("_id", chunkId(stream, n)),
        new Document("_id", chunkId(stream, n))
            .append("stream", stream)
            .append("chunk", n)
            .append("entries", chunk.values().stream().map(LedgerDocuments::entry).toList()),
        new ReplaceOptions().upsert(true)));
  }

  /**
   * The entries of a stream up to and including {@code lastSequence}, in stream order. Entries
   * beyond it may exist (chunks are written before the book that counts them) and are left out.
   */
  public List<LedgerEntry> read(String stream, long lastSequence) {
    if (lastSequence < 0) {
      return List.of();
    }
    List<String> ids =
        LongStream.rangeClosed(0, chunkOf(lastSequence)).mapToObj(n -> chunkId(stream, n)).toList();
    List<LedgerEntry> entries = new ArrayList<>();
    for (Document stored : chunks.find(Filters.in("_id", ids))) {
      for (Document d : stored.getList("entries", Document.class)) {
        LedgerEntry entry = LedgerDocuments.entry(d);
        if (entry.sequence() <= lastSequence) {
          entries.add(entry);
        }
      }
    }
    entries.sort(Comparator.comparingLong(LedgerEntry::sequence));
    return entries;
  }

  public void deleteAll() {
    chunks.deleteMany(new Document());
  }

  private static long chunkOf(long sequence) {
    return sequence / ENTRIES_PER_CHUNK;
  }

  private static String chunkId(String stream, long chunk) {
    return stream + "#" + chunk;
  }
}
