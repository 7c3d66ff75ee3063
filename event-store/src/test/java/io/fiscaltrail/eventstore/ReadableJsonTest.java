package io.fiscaltrail.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadableJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"amount\":\"1492000.00\",\"effectiveDate\":\"2026-03-01\",\"lines\":2,\"fen\":149200000000}",
    "{\"rate\":0.1250,\"share\":0.1,\"huge\":123456789012345678901234567890,\"negative\":-7.50}",
    "{\"nested\":{\"list\":[1,\"a\",{\"x\":2.0},[],null,true,false]},\"empty\":{},\"none\":null}",
    "{\"text\":\"quote \\\" backslash \\\\ tab \\t 元 \\u0001\"}",
    "{}"
  })
  void jsonObjectsComeBackAsTheSameJson(String json) throws Exception {
    Object tree = ReadableJson.toTree(throughBson(ReadableJson.toStorable(json)));

    assertThat(JSON.writeValueAsString(tree)).isEqualTo(json);
  }

  @Test
  void valuesKeepTheirBsonTypes() {
    Document stored = (Document) ReadableJson.toStorable(
        "{\"amount\":\"12.50\",\"lines\":2,\"fen\":149200000000,\"rate\":12.50}");

    assertThat(stored.get("amount")).isEqualTo("12.50");
    assertThat(stored.get("lines")).isEqualTo(2);
    assertThat(stored.get("fen")).isEqualTo(149_200_000_000L);
    assertThat(stored.get("rate")).isEqualTo(Decimal128.parse("12.50"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<budget><amount>12.50</amount></budget>", "[1,2]", "\"text\"", "{\"broken\":"})
  void anythingButAJsonObjectIsKeptAsText(String serialized) {
    assertThat(ReadableJson.toStorable(serialized)).isEqualTo(serialized);
    assertThat(ReadableJson.toTree(serialized)).isEqualTo(serialized);
  }

  @Test
  void aNumberTypedByHandInTheMongoShellReadsAsANumber() throws Exception {
    assertThat(JSON.writeValueAsString(ReadableJson.toTree(new Document("amount", 12.5)))).isEqualTo("{\"amount\":12.5}");
  }

  private static Object throughBson(Object storable) {
    DocumentCodec codec = new DocumentCodec();
    return new RawBsonDocument(new Document("value", storable), codec).decode(codec).get("value");
  }
}
