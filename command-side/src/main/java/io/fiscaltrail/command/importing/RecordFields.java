package io.fiscaltrail.command.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.command.web.FieldProblem;
import io.fiscaltrail.command.web.JsonFields;
import io.fiscaltrail.kernel.asset.AssetRegisterId;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ClaimedFigure;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.kernel.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the fields of one import record, collecting a problem for each that is missing or
 * mistyped, and remembers which fields were read so that a misspelt field is reported instead of
 * silently ignored. Only the shape is checked here; what the values must satisfy is the
 * aggregates' business, except that amounts are written without a sign (the record type gives the
 * direction), so a negative amount is malformed.
 */
final class RecordFields {

  /** Fields every record has, read before its type's reader runs. */
  private static final Set<String> COMMON = Set.of("type", "source");

  /** A plain decimal of at most 15 integer digits, as {@link Money#parse} accepts it. */
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");

  private final JsonNode object;
  private final JsonFields fields;
  private final List<FieldProblem> problems = new ArrayList<>();
  private final Set<String> read;
  private int delegatedProblems;

  /** Reads a record; {@code type} and {@code source} are known to every record type. */
  RecordFields(JsonNode object) {
    this(object, COMMON);
  }

  private RecordFields(JsonNode object, Set<String> alreadyRead) {
    this.object = object;
    this.fields = new JsonFields(object);
    this.read = new HashSet<>(alreadyRead);
  }

  String requiredText(String field) {
    return delegated(field, () -> fields.requiredText(field));
  }

  String optionalText(String field) {
    return delegated(field, () -> fields.optionalText(field));
  }

  List<String> optionalTextList(String field) {
    return delegated(field, () -> fields.optionalTextList(field));
  }

  Integer requiredCount(String field) {
    return delegated(field, () -> fields.requiredCount(field));
  }

  Integer optionalCount(String field) {
    return fields.value(field) == null ? null : requiredCount(field);
  }

  LocalDate requiredDate(String field) {
    return delegated(field, () -> fields.requiredDate(field));
  }

  <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
    return delegated(field, () -> fields.requiredEnum(field, type));
  }

  <E extends Enum<E>> E optionalEnum(String field, Class<E> type, E fallback) {
    return delegated(field, () -> fields.optionalEnum(field, type, fallback));
  }

  /** An amount of yuan with at most two decimals, zero or more, as a decimal string or a number. */
  Money requiredAmount(String field) {
    if (fields.value(field) == null) {
      read.add(field);
      problems.add(new FieldProblem(field, "is missing"));
      return null;
    }
    return optionalAmount(field);
  }

  Money optionalAmount(String field) {
    read.add(field);
    BigDecimal decimal = decimal(field);
    if (decimal == null) {
      return null;
    }
    if (decimal.signum() < 0) {
      problems.add(new FieldProblem(field, "must not be negative: the record type gives the direction"));
      return null;
    }
    try {
      return new Money(decimal);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, e.getMessage()));
      return null;
    }
  }

  BigDecimal requiredDecimal(String field) {
    if (fields.value(field) == null) {
      read.add(field);
      problems.add(new FieldProblem(field, "is missing"));
      return null;
    }
    return optionalDecimal(field);
  }

  BigDecimal optionalDecimal(String field) {
    read.add(field);
    return decimal(field);
  }

  Boolean requiredFlag(String field) {
    if (fields.value(field) == null) {
      read.add(field);
      problems.add(new FieldProblem(field, "is missing"));
      return null;
    }
    return optionalFlag(field, false);
  }

  boolean optionalFlag(String field, boolean fallback) {
    read.add(field);
    JsonNode node = fields.value(field);
    if (node == null) {
      return fallback;
    }
    if (!node.isBoolean()) {
      problems.add(new FieldProblem(field, "must be true or false"));
      return fallback;
    }
    return node.booleanValue();
  }

  DepartmentCode department() {
    String code = requiredText("department");
    if (code == null || code.isBlank()) {
      return null;
    }
    if (!DepartmentCode.FORMAT.matcher(code).matches()) {
      problems.add(new FieldProblem("department", "must match " + DepartmentCode.FORMAT.pattern() + ": " + code));
      return null;
    }
    return DepartmentCode.of(code);
  }

  /** The fiscal year a record belongs to: its {@code department} and {@code year}. */
  BudgetYearId budgetYear() {
    DepartmentCode department = department();
    read.add("year");
    JsonNode node = fields.value("year");
    if (node == null) {
      problems.add(new FieldProblem("year", "is missing"));
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      problems.add(new FieldProblem("year", "must be a whole number such as 2022"));
      return null;
    }
    try {
      return department == null ? null : new BudgetYearId(department, node.intValue());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("year", e.getMessage()));
      return null;
    }
  }

  AssetRegisterId assetRegister() {
    DepartmentCode department = department();
    return department == null ? null : new AssetRegisterId(department);
  }

  /** A list of {@code {"code","value","unit","quote"}} objects, each figure as a filed report prints it. */
  List<ClaimedFigure> claimedFigures(String field) {
    read.add(field);
    JsonNode node = fields.value(field);
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      problems.add(new FieldProblem(field, "must be a list of {\"code\",\"value\",\"unit\",\"quote\"} objects"));
      return List.of();
    }
    List<ClaimedFigure> figures = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String item = field + "[" + i + "]";
      if (!node.get(i).isObject()) {
        problems.add(new FieldProblem(item, "must be an object"));
        continue;
      }
      RecordFields figure = new RecordFields(node.get(i), Set.of());
      figures.add(new ClaimedFigure(
          figure.requiredText("code"), figure.requiredDecimal("value"), figure.requiredText("unit"),
          figure.requiredText("quote")));
      figure.problems().forEach(p -> problems.add(new FieldProblem(item + "." + p.field(), p.reason())));
    }
    return figures;
  }

  /** Every problem found, in reading order, then one for each field no reader asked for. */
  List<FieldProblem> problems() {
    List<FieldProblem> all = new ArrayList<>(problems);
    if (object != null && object.isObject()) {
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!read.contains(name)) {
          all.add(new FieldProblem(name, "is not a field of this record type"));
        }
      }
    }
    return all;
  }

  /** Reads through {@link JsonFields}, keeping its problems in the order the fields are read. */
  private <T> T delegated(String field, Supplier<T> reading) {
    read.add(field);
    T value = reading.get();
    List<FieldProblem> all = fields.problems();
    problems.addAll(all.subList(delegatedProblems, all.size()));
    delegatedProblems = all.size();
    return value;
  }

  private BigDecimal decimal(String field) {
    JsonNode node = fields.value(field);
    if (node == null) {
      return null;
    }
    String text = node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    if ((node.isNumber() || node.isTextual()) && DECIMAL.matcher(text).matches()) {
      return new BigDecimal(text);
    }
    problems.add(new FieldProblem(field, "must be a decimal such as \"1234.50\""));
    return null;
  }
}
