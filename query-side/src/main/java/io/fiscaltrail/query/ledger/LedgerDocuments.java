package io.fiscaltrail.query.ledger;

import io.fiscaltrail.kernel.money.Money;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonSerializationException;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Binary;

/**
 * How ledger types are stored. Dates and recorded times are ISO strings, so nothing is lost to
 * BSON's millisecond dates or a server's time zone; decimals are strings, never doubles; maps are
 * sorted, so a rebuild writes the same documents (a ledger chunk the same entries, in parts that
 * follow the batches that wrote it).
 *
 * <p>Documents are written as BSON trees, which the driver encodes by type without looking a codec
 * up for every value: a replay writes one ledger entry per event, and those lookups were a tenth
 * of its worker's time. They are read back as the driver's {@link Document}s.
 *
 * <p>Ledger entries and checkpoint days are stored {@linkplain #packed packed}: as BSON documents
 * inside binary values, which a server keeps and returns as bytes without decoding them. Nothing
 * ever asks a server for less than a whole chunk or checkpoint, and the embedded server kept every
 * entry it was sent as a tree of small objects, which the collector then copied (BENCHMARKS.md,
 * run 21).
 */
public final class LedgerDocuments {

  /** A chunk's packed parts, each a document of {@link #ENTRIES}; a chunk written before packing holds its entries unpacked. */
  public static final String PARTS = "parts";
  public static final String ENTRIES = "entries";
  public static final String DAYS = "days";
  private static final BsonDocumentCodec BSON_DOCUMENT_CODEC = new BsonDocumentCodec();
  private static final DocumentCodec DOCUMENT_CODEC = new DocumentCodec();

  private LedgerDocuments() {}

  /** A document as the bytes of its BSON encoding, in a binary value. */
  public static BsonBinary packed(BsonDocument document) {
    BasicOutputBuffer bytes = new Utf8OutputBuffer();
    BSON_DOCUMENT_CODEC.encode(new BsonBinaryWriter(bytes), document, EncoderContext.builder().build());
    return new BsonBinary(bytes.toByteArray());
  }

  /**
   * The driver's buffer, with strings encoded by the JDK's UTF-8 encoder. Why: the buffer's own
   * encoder takes each code point on its own (the driver's wire buffer has a fast path, this one
   * none), and that was a seventh of a replay's worker once ledger entries were packed
   * (BENCHMARKS.md, run 21). A lone surrogate becomes '?', as everywhere else Java writes UTF-8.
   */
  private static final class Utf8OutputBuffer extends BasicOutputBuffer {
    @Override
    protected int writeCharacters(String text, boolean checkForNullCharacters) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      if (checkForNullCharacters) {
        for (byte b : utf8) {
          if (b == 0) {
            throw new BsonSerializationException("BSON cstring '" + text + "' is not valid because it contains a null character");
          }
        }
      }
      writeBytes(utf8, 0, utf8.length);
      writeByte(0);
      return utf8.length + 1;
    }
  }

  /** The document a {@link #packed} value holds. */
  public static Document unpacked(Binary packed) {
    return DOCUMENT_CODEC.decode(new BsonBinaryReader(ByteBuffer.wrap(packed.getData())), DecoderContext.builder().build());
  }

  /**
   * A stored chunk's entries in the order they were written: those a chunk written before entries
   * were packed holds unpacked (a later append adds parts after them), then those of each part.
   */
  public static List<Document> chunkEntries(Document chunk) {
    List<Document> entries = new ArrayList<>(chunk.getList(ENTRIES, Document.class, List.of()));
    for (Binary part : chunk.getList(PARTS, Binary.class, List.of())) {
      entries.addAll(unpacked(part).getList(ENTRIES, Document.class));
    }
    return entries;
  }

  /**
   * A stored document with a ledger chunk's parts replaced by the entries they hold, and any other
   * document as it is: what a chunk holds, whichever batches wrote it (its parts follow them), for
   * comparing a rebuilt read model with the one it replaced.
   */
  public static Document withEntriesUnpacked(Document stored) {
    if (stored.containsKey(PARTS)) {
      List<Document> entries = chunkEntries(stored);
      stored.remove(PARTS);
      stored.put(ENTRIES, entries);
    }
    return stored;
  }

  /** A stored checkpoint's days; one written before days were packed holds them as a document. */
  public static Document checkpointDays(Document checkpoint) {
    Object days = checkpoint.get(DAYS);
    return days instanceof Binary packed ? unpacked(packed) : (Document) days;
  }

  public static BsonDocument origin(EventOrigin origin) {
    BsonDocument d = new BsonDocument();
    write(new BsonDocumentWriter(d), origin);
    return d;
  }

  /** Optional fields are written only when present, so documents of facts without them stay as they were. */
  private static void write(BsonWriter writer, EventOrigin origin) {
    writer.writeStartDocument();
    writer.writeInt64("sequence", origin.sequence());
    writeString(writer, "eventId", origin.eventId());
    writeString(writer, "type", origin.type());
    writer.writeString("recordedAt", origin.recordedAt().toString());
    writeIfPresent(writer, "actor", origin.actor());
    writeIfPresent(writer, "correlationId", origin.correlationId());
    writeIfPresent(writer, "idempotencyKey", origin.idempotencyKey());
    writeIfPresent(writer, "clientAddress", origin.clientAddress());
    writer.writeEndDocument();
  }

  public static EventOrigin origin(Document d) {
    return new EventOrigin(
        d.get("sequence", Number.class).longValue(),
        d.getString("eventId"),
        d.getString("type"),
        Instant.parse(d.getString("recordedAt")),
        d.getString("actor"),
        d.getString("correlationId"),
        d.getString("idempotencyKey"),
        d.getString("clientAddress"));
  }

  /**
   * The entries as one packed part, {@code {entries: [...]}}, written straight into its bytes: built
   * as BSON trees and then encoded, a replay's entries took a fifth of its worker's samples
   * (BENCHMARKS.md, run 21).
   */
  public static BsonBinary packedEntries(Collection<LedgerEntry> entries) {
    BasicOutputBuffer bytes = new Utf8OutputBuffer();
    try (BsonBinaryWriter writer = new BsonBinaryWriter(bytes)) {
      writer.writeStartDocument();
      writer.writeStartArray(ENTRIES);
      entries.forEach(entry -> write(writer, entry));
      writer.writeEndArray();
      writer.writeEndDocument();
    }
    return new BsonBinary(bytes.toByteArray());
  }

  private static void write(BsonWriter writer, LedgerEntry entry) {
    writer.writeStartDocument();
    writer.writeName("origin");
    write(writer, entry.origin());
    writer.writeString("effectiveDate", entry.effectiveDate().toString());
    writer.writeString("amount", entry.amount().toString());
    writeString(writer, "document", entry.document());
    writeString(writer, "refersTo", entry.refersTo());
    writer.writeName("contributions");
    write(writer, entry.contributions());
    writeIfPresent(writer, "reason", entry.reason());
    writeIfPresent(writer, "approvedBy", entry.approvedBy());
    writer.writeEndDocument();
  }

  public static LedgerEntry entry(Document d) {
    return new LedgerEntry(
        origin(d.get("origin", Document.class)),
        LocalDate.parse(d.getString("effectiveDate")),
        Money.parse(d.getString("amount")),
        d.getString("document"),
        d.getString("refersTo"),
        fen(d.get("contributions", Document.class)),
        d.getString("reason"),
        d.getString("approvedBy"));
  }

  public static BsonDocument days(DailyFigures figures) {
    BsonDocument days = new BsonDocument();
    figures.days().forEach((date, values) -> days.append(date.toString(), fen(values)));
    return days;
  }

  public static DailyFigures days(Document stored) {
    TreeMap<LocalDate, Map<String, Long>> days = new TreeMap<>();
    stored.forEach((date, values) -> days.put(LocalDate.parse(date), fen((Document) values)));
    return new DailyFigures(days);
  }

  /** Null for an index that is not complete: such a book leaves the field out and stays unindexed. */
  public static BsonArray recorded(RecordingIndex index) {
    if (!index.complete()) {
      return null;
    }
    return new BsonArray(index.spans().entrySet().stream()
        .map(e -> new BsonDocument("chunk", new BsonInt64(e.getKey()))
            .append("earliest", new BsonString(e.getValue().earliest().toString()))
            .append("latest", new BsonString(e.getValue().latest().toString())))
        .toList());
  }

  /** A book written before recorded times were indexed has no such field: its index is unknown. */
  public static RecordingIndex recorded(Document book) {
    List<Document> stored = book.getList("recorded", Document.class);
    if (stored == null) {
      return RecordingIndex.unknown();
    }
    Map<Long, RecordingIndex.Span> spans = new TreeMap<>();
    stored.forEach(d -> spans.put(
        d.get("chunk", Number.class).longValue(),
        new RecordingIndex.Span(Instant.parse(d.getString("earliest")), Instant.parse(d.getString("latest")))));
    return RecordingIndex.of(spans);
  }

  public static BsonArray statements(Statements statements) {
    return new BsonArray(statements.all().stream()
        .map(s -> new BsonDocument("origin", origin(s.origin()))
            .append("effectiveDate", string(text(s.effectiveDate())))
            .append("document", string(s.document()))
            .append("values", fen(s.values())))
        .toList());
  }

  public static Statements statements(List<Document> stored) {
    List<Statement> statements = new ArrayList<>();
    for (Document d : stored) {
      statements.add(new Statement(
          origin(d.get("origin", Document.class)),
          date(d.getString("effectiveDate")),
          d.getString("document"),
          fen(d.get("values", Document.class))));
    }
    return new Statements(statements);
  }

  public static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  public static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  public static String text(BigDecimal decimal) {
    return decimal == null ? null : decimal.toPlainString();
  }

  public static BigDecimal decimal(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  public static String text(Money money) {
    return money == null ? null : money.toString();
  }

  public static Money money(String text) {
    return text == null ? null : Money.parse(text);
  }

  private static void writeIfPresent(BsonWriter writer, String name, String value) {
    if (value != null) {
      writer.writeString(name, value);
    }
  }

  /** A string, or null as a field that is present and null. */
  private static void writeString(BsonWriter writer, String name, String value) {
    if (value == null) {
      writer.writeNull(name);
    } else {
      writer.writeString(name, value);
    }
  }

  /** A string, or null as a field that is present and null. */
  private static BsonValue string(String value) {
    return value == null ? BsonNull.VALUE : new BsonString(value);
  }

  private static BsonDocument fen(Map<String, Long> values) {
    BsonDocument d = new BsonDocument();
    write(new BsonDocumentWriter(d), values);
    return d;
  }

  private static void write(BsonWriter writer, Map<String, Long> fen) {
    writer.writeStartDocument();
    sorted(fen).forEach(writer::writeInt64);
    writer.writeEndDocument();
  }

  private static Map<String, Long> sorted(Map<String, Long> values) {
    return values instanceof SortedMap<String, Long> map && map.comparator() == null ? map : new TreeMap<>(values);
  }

  /** Stored amounts by figure code, in fen. */
  static Map<String, Long> fen(Document d) {
    Map<String, Long> values = new TreeMap<>();
    d.forEach((figure, fen) -> values.put(figure, ((Number) fen).longValue()));
    return values;
  }
}
