package io.fiscaltrail.query.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonSerializationException;
import org.bson.BsonString;
import org.bson.ByteBuf;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

class LedgerDocumentsTest {

  @Test
  void packsADocumentIntoTheBytesTheDriverEncodesItAs() {
    BsonDocument document = new BsonDocument("entries", new BsonArray(List.of(
        new BsonDocument("payee", new BsonString("北塔区总工会"))
            .append("note", new BsonString("ascii, 中文 and a pair of surrogates: \uD83D\uDCB0"))
            .append("费用", new BsonInt64(-12_345))
            .append("refersTo", BsonNull.VALUE))));

    byte[] packed = LedgerDocuments.packed(document).getData();

    ByteBuf encoded = new RawBsonDocument(document, new BsonDocumentCodec()).getByteBuffer();
    byte[] driver = new byte[encoded.remaining()];
    encoded.get(driver);
    assertThat(packed).isEqualTo(driver);
    assertThat(new RawBsonDocument(packed)).isEqualTo(document);
    Document unpacked = LedgerDocuments.unpacked(new Binary(packed));
    assertThat(unpacked.getList("entries", Document.class).get(0).getString("note"))
        .isEqualTo("ascii, 中文 and a pair of surrogates: \uD83D\uDCB0");
  }

  @Test
  void refusesAFieldNameWithANullCharacterAsTheDriverDoes() {
    assertThatThrownBy(() -> LedgerDocuments.packed(new BsonDocument("a\0b", new BsonInt64(1))))
        .isInstanceOf(BsonSerializationException.class)
        .hasMessageContaining("null character");
  }
}
