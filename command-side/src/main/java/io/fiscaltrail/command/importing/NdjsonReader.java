package io.fiscaltrail.command.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fiscaltrail.command.web.JsonLimits;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an NDJSON import: one JSON object a line, each with its {@code type} and {@code source}.
 * Every line is read, so that the answer names every malformed one; blank lines are skipped.
 */
final class NdjsonReader {

  /** Exact decimals, no trailing garbage after the object, no field given twice, no deep nesting. */
  private static final ObjectMapper JSON =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(JsonLimits.CONSTRAINTS).build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final byte NEWLINE = '\n';

  private NdjsonReader() {}

  static ParsedImport read(byte[] content) {
    List<ImportRecord> records = new ArrayList<>();
    List<LineProblem> problems = new ArrayList<>();
    int start = 0;
    int line = 1;
    while (start < content.length) {
      int end = indexOf(content, NEWLINE, start);
      readLine(line, content, start, end, records, problems);
      start = end + 1;
      line++;
    }
    return new ParsedImport(records, problems);
  }

  static ImportRecord readRecord(int line, JsonNode object, List<LineProblem> problems) {
    if (object == null || !object.isObject()) {
      problems.add(new LineProblem(line, "record", "must be a JSON object"));
      return null;
    }
    JsonNode typeNode = object.get("type");
    if (typeNode == null || !typeNode.isTextual()) {
      problems.add(new LineProblem(line, "type", "is missing: one of " + RecordType.allNames()));
      return null;
    }
    RecordType type = RecordType.named(typeNode.textValue()).orElse(null);
    if (type == null) {
      problems.add(new LineProblem(
          line, "type", "is not a record type: " + typeNode.textValue() + "; one of " + RecordType.allNames()));
      return null;
    }
    RecordFields fields = new RecordFields(object);
    String source = fields.requiredText("source");
    var command = type.read(fields);
    var fieldProblems = fields.problems();
    if (!fieldProblems.isEmpty()) {
      fieldProblems.forEach(p -> problems.add(new LineProblem(line, p.field(), p.reason())));
      return null;
    }
    return new ImportRecord(line, type, source, command.get());
  }

  private static void readLine(
      int line, byte[] content, int start, int end, List<ImportRecord> records, List<LineProblem> problems) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, start, end - start))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(new LineProblem(line, "record", "is not valid UTF-8"));
      return;
    }
    text = withoutByteOrderMark(line, text).strip();
    if (text.isEmpty()) {
      return;
    }
    JsonNode object;
    try {
      object = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      problems.add(new LineProblem(line, "record", "is not valid JSON: " + e.getOriginalMessage()));
      return;
    }
    ImportRecord record = readRecord(line, object, problems);
    if (record != null) {
      records.add(record);
    }
  }

  private static String withoutByteOrderMark(int line, String text) {
    return line == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static int indexOf(byte[] content, byte wanted, int from) {
    for (int i = from; i < content.length; i++) {
      if (content[i] == wanted) {
        return i;
      }
    }
    return content.length;
  }
}
