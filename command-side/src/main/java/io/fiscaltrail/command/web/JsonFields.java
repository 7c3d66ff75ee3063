package io.fiscaltrail.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object and collects a problem for each missing or mistyped field,
 * so that a caller learns everything wrong with its input at once. No text field may read as a
 * MongoDB operator or field path ({@code $gt}, {@code $where}, {@code a.$b}): such a string is
 * refused wherever it appears, so that none is ever stored or compared.
 */
public final class JsonFields {

  private static final Pattern OPERATOR_LIKE = Pattern.compile("^\\$|\\.\\$");
  private static final String OPERATOR_LIKE_REASON = "must not start with $ or contain .$ (reads as a MongoDB operator)";

  private final JsonNode object;
  private final List<FieldProblem> problems = new ArrayList<>();

  public JsonFields(JsonNode object) {
    this.object = object;
    if (object == null || !object.isObject()) {
      problems.add(new FieldProblem("body", "must be a JSON object"));
    }
  }

  public String requiredText(String field) {
    if (!isPresent(field)) {
      problems.add(new FieldProblem(field, "is missing"));
      return null;
    }
    String value = optionalText(field);
    if (value != null && value.isBlank()) {
      problems.add(new FieldProblem(field, "must not be blank"));
    }
    return value;
  }

  public String optionalText(String field) {
    JsonNode node = value(field);
    if (node == null) {
      return null;
    }
    if (!node.isTextual()) {
      problems.add(new FieldProblem(field, "must be a string"));
      return null;
    }
    if (isOperatorLike(node.textValue())) {
      problems.add(new FieldProblem(field, OPERATOR_LIKE_REASON));
      return null;
    }
    return node.textValue();
  }

  /** A list of non-blank strings; absent means empty. */
  public List<String> optionalTextList(String field) {
    JsonNode node = value(field);
    if (node == null) {
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(item -> {
        if (item.isTextual() && !item.textValue().isBlank()) {
          texts.add(item.textValue());
        }
      });
      if (texts.size() == node.size() && texts.stream().anyMatch(JsonFields::isOperatorLike)) {
        problems.add(new FieldProblem(field, OPERATOR_LIKE_REASON));
        return List.of();
      }
      if (texts.size() == node.size()) {
        return texts;
      }
    }
    problems.add(new FieldProblem(field, "must be a list of non-blank strings"));
    return List.of();
  }

  public Integer requiredCount(String field) {
    JsonNode node = value(field);
    if (node == null) {
      problems.add(new FieldProblem(field, "is missing"));
      return null;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < 0) {
      problems.add(new FieldProblem(field, "must be a whole number, zero or more"));
      return null;
    }
    return node.intValue();
  }

  /** A positive amount of yuan with at most two decimals, given as a decimal string or number. */
  public Money requiredAmount(String field) {
    JsonNode node = value(field);
    if (node == null) {
      problems.add(new FieldProblem(field, "is missing"));
      return null;
    }
    if (!node.isTextual() && !node.isNumber()) {
      problems.add(new FieldProblem(field, "must be a decimal string such as \"1234.50\""));
      return null;
    }
    String text = node.isTextual() ? node.textValue() : node.decimalValue().toPlainString();
    try {
      Money amount = Money.parse(text);
      if (!amount.isPositive()) {
        problems.add(new FieldProblem(field, "must be greater than zero"));
        return null;
      }
      return amount;
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, e.getMessage()));
      return null;
    }
  }

  public LocalDate requiredDate(String field) {
    if (!isPresent(field)) {
      problems.add(new FieldProblem(field, "is missing"));
      return null;
    }
    String text = optionalText(field);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be a date as YYYY-MM-DD: " + text));
      return null;
    }
  }

  public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
    String text = requiredText(field);
    return text == null ? null : parseEnum(field, type, text);
  }

  public <E extends Enum<E>> E optionalEnum(String field, Class<E> type, E fallback) {
    String text = optionalText(field);
    return text == null ? fallback : parseEnum(field, type, text);
  }

  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  /** Throws {@link InvalidInput} listing every problem, if there is any. */
  public void requireValid() {
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  public void reject(String field, String reason) {
    problems.add(new FieldProblem(field, reason));
  }

  public JsonNode value(String field) {
    if (object == null || !object.isObject()) {
      return null;
    }
    JsonNode node = object.get(field);
    return node == null || node.isNull() ? null : node;
  }

  private static boolean isOperatorLike(String text) {
    return OPERATOR_LIKE.matcher(text).find();
  }

  private boolean isPresent(String field) {
    return value(field) != null;
  }

  private <E extends Enum<E>> E parseEnum(String field, Class<E> type, String text) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("|"));
      problems.add(new FieldProblem(field, "must be one of " + allowed + ": " + text));
      return null;
    }
  }
}
