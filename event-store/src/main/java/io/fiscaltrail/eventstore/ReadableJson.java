package io.fiscaltrail.eventstore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Turns the serializer's JSON into BSON an auditor can read and query in MongoDB, and back into
 * the same JSON. Types are kept exactly: strings stay strings (decimal amounts, dates), integers
 * stay Int32/Int64, and numbers with a fraction become Decimal128, which keeps every digit and the
 * scale ({@code 12.50} reads back as {@code 12.50}, never as a double).
 *
 * <p>The way back is the tree Jackson would parse the text into, not the text: Axon's Jackson
 * serializer reads a tree as it is, where text would be encoded to bytes and parsed again.
 */
final class ReadableJson {

  private static final JsonFactory JSON = new JsonFactory();
  // keeps a decimal's scale, as the text would (12.50 stays 12.50)
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private ReadableJson() {}

  /** A JSON object as a BSON document; anything else (XML from another serializer) as its text. */
  static Object toStorable(String serialized) {
    try (JsonParser parser = JSON.createParser(serialized)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return serialized;
      }
      Document document = readObject(parser);
      return parser.nextToken() == null ? document : serialized;
    } catch (JsonProcessingException notJson) {
      return serialized;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What {@link #toStorable} was given, for the serializer to read: a stored document as the tree
   * Jackson would parse its text into, anything else as its text.
   */
  static Object toTree(Object stored) {
    return stored instanceof String text ? text : node(stored);
  }

  private static JsonNode node(Object value) {
    if (value == null) {
      return NODES.nullNode();
    } else if (value instanceof Map<?, ?> object) {
      ObjectNode node = NODES.objectNode();
      object.forEach((name, field) -> node.set((String) name, node(field)));
      return node;
    } else if (value instanceof List<?> array) {
      ArrayNode node = NODES.arrayNode(array.size());
      array.forEach(element -> node.add(node(element)));
      return node;
    } else if (value instanceof String text) {
      return NODES.textNode(text);
    } else if (value instanceof Integer number) {
      return NODES.numberNode(number);
    } else if (value instanceof Long number) {
      return NODES.numberNode(number);
    } else if (value instanceof Decimal128 number) {
      BigDecimal decimal = number.bigDecimalValue();
      return decimal.scale() == 0 ? NODES.numberNode(decimal.toBigInteger()) : NODES.numberNode(decimal);
    } else if (value instanceof Double number) {
      return NODES.numberNode(number);
    } else if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    throw new IllegalStateException("cannot read BSON value of type " + value.getClass().getName() + " as JSON");
  }

  private static Document readObject(JsonParser parser) throws IOException {
    Document document = new Document();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      document.append(name, readValue(parser, parser.nextToken()));
    }
    return document;
  }

  private static List<Object> readArray(JsonParser parser) throws IOException {
    List<Object> array = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      array.add(readValue(parser, token));
    }
    return array;
  }

  private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> readObject(parser);
      case START_ARRAY -> readArray(parser);
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> parser.getIntValue();
        case LONG -> parser.getLongValue();
        default -> new Decimal128(new BigDecimal(parser.getBigIntegerValue()));
      };
      case VALUE_NUMBER_FLOAT -> new Decimal128(parser.getDecimalValue());
      case VALUE_TRUE, VALUE_FALSE -> parser.getBooleanValue();
      case VALUE_NULL -> null;
      default -> throw new IllegalArgumentException("unexpected JSON token " + token);
    };
  }
}
