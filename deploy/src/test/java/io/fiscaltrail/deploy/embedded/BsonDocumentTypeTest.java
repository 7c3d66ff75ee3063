package io.fiscaltrail.deploy.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

class BsonDocumentTypeTest {

  private final BsonDocumentType type = BsonDocumentType.INSTANCE;

  @Test
  void documentsWrittenOneAfterAnotherReadBackEqualAndInOrder() {
    Document event = event(42);
    Document everyType = new Document("_id", new ObjectId())
        .append("text", "部门整体支出 ünïcode")
        .append("int", 7)
        .append("long", 1L << 40)
        .append("double", -0.5)
        .append("decimal", new Decimal128(new BigDecimal("1492000.00")))
        .append("true", true)
        .append("null", null)
        .append("date", Instant.ofEpochMilli(1_700_000_000_123L))
        .append("timestamp", new BsonTimestamp(1_700_000_000L))
        .append("binary", new BinData(new byte[] {0, 1, 2, (byte) 255}))
        .append("uuid", UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"))
        .append("min", MinKey.getInstance())
        .append("max", MaxKey.getInstance())
        .append("array", List.of(1, "two", new Document("three", 3L), List.of()))
        .append("empty", new Document());

    // larger than the encoding buffer a thread keeps between documents
    Document large = new Document("_id", "large").append("bytes", new BinData(new byte[5 << 20]));

    WriteBuffer written = new WriteBuffer();
    type.write(written, event);
    type.write(written, everyType);
    type.write(written, new Document());
    type.write(written, large);
    type.write(written, event);
    ByteBuffer pages = written.getBuffer().flip();

    assertThat(type.read(pages)).isEqualTo(event);
    assertThat(type.read(pages)).isEqualTo(everyType);
    assertThat(type.read(pages)).isEqualTo(new Document());
    assertThat(type.read(pages)).isEqualTo(large);
    assertThat(type.read(pages)).isEqualTo(event);
    assertThat(pages.hasRemaining()).isFalse();
  }

  @Test
  void estimatesAboutTheEncodedSizeOfSmallAndLargeDocuments() {
    List<Document> entries = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      entries.add(event(i));
    }
    for (Document document : List.of(event(1), new Document("_id", "c").append("entries", entries))) {
      int encoded = encodedSize(document);
      assertThat(type.getMemory(document)).as("estimate of %d bytes", encoded)
          .isBetween(encoded / 2, encoded * 2);
    }
  }

  private static int encodedSize(Document document) {
    ByteBuf buffer = Unpooled.buffer();
    BsonEncoder.encodeDocument(document, buffer);
    return buffer.readableBytes();
  }

  private static Document event(long id) {
    return new Document("_id", id)
        .append("streamKey", "dept-17/2024#" + id)
        .append("timestamp", "2024-03-01T08:00:00.123Z")
        .append("payload", new Document("voucher", "V-" + id).append("amount", "1234.56")
            .append("classification", new Document("line", "BASIC").append("keyProject", false)))
        .append("metaData", new Document("actor", "auditor-7"))
        .append("recordedAt", Instant.ofEpochMilli(1_700_000_000_000L + id));
  }
}
