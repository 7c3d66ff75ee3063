package io.fiscaltrail.eventstore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Turns the serializer's JSON into BSON an auditor can read and query in MongoDB, and back into
 * the same JSON text. Types are kept exactly: strings stay strings (decimal amounts, dates),
 * integers stay Int32/Int64, and numbers with a fraction become Decimal128, which keeps every
 * digit and the scale ({@code 12.50} reads back as {@code 12.50}, never as a double).
 */
final class ReadableJson {

  private static final JsonFactory JSON = new JsonFactory();

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

  /** The serialized text that {@link #toStorable} was given. */
  static String toSerialized(Object stored) {
    if (stored instanceof String text) {
      return text;
    }
    StringWriter json = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(json)) {
      write(generator, stored);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return json.toString();
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

  private static void write(JsonGenerator generator, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof Map<?, ?> object) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> field : object.entrySet()) {
        generator.writeFieldName((String) field.getKey());
        write(generator, field.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> array) {
      generator.writeStartArray();
      for (Object element : array) {
        write(generator, element);
      }
      generator.writeEndArray();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Integer number) {
      generator.writeNumber(number);
    } else if (value instanceof Long number) {
      generator.writeNumber(number);
    } else if (value instanceof Decimal128 number) {
      writeDecimal(generator, number.bigDecimalValue());
    } else if (value instanceof Double number) {
      // what a mongo shell writes for a number typed by hand
      generator.writeNumber(number);
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else {
      throw new IllegalStateException("cannot write BSON value of type " + value.getClass().getName() + " as JSON");
    }
  }

  private static void writeDecimal(JsonGenerator generator, BigDecimal number) throws IOException {
    // scale 0 only comes from integers too large for an Int64
    if (number.scale() == 0) {
      generator.writeNumber(number.toBigInteger());
    } else {
      generator.writeNumber(number);
    }
  }
}
