package io.fiscaltrail.command.importing;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The record types of an import, each with the name a file gives in {@code "type"}, how its fields
 * become a command, and which record field holds the aggregate a missing stream belongs to.
 */
enum RecordType {
  DEPARTMENT("department", DepartmentRecords::registration, "department"),
  STAFFING("staffing", DepartmentRecords::staffing, "department"),
  APPROPRIATION("appropriation", BudgetRecords::appropriation, "year"),
  CARRY_OVER_IN("carryOverIn", BudgetRecords::carryOverIn, "year"),
  OTHER_INCOME("otherIncome", BudgetRecords::otherIncome, "year", Map.of("source", "incomeSource")),
  CEILING("ceiling", BudgetRecords::ceiling, "year"),
  EXPENDITURE("expenditure", BudgetRecords::expenditure, "year"),
  REVERSAL("reversal", BudgetRecords::reversal, "year"),
  CLOSE_YEAR("closeYear", BudgetRecords::closeYear, "year"),
  TARGET("target", EvaluationRecords::target, "year"),
  OUTPUT("output", EvaluationRecords::output, "year"),
  DISCLOSURE("disclosure", EvaluationRecords::disclosure, "year"),
  EVIDENCE("evidence", EvaluationRecords::evidence, "year"),
  REPORT_CLAIMS("reportClaims", EvaluationRecords::reportClaims, "year", Map.of("effectiveDate", "filedOn")),
  CURRENT_ASSETS("currentAssets", AssetRecords::currentAssets, "department"),
  ACQUISITION("acquisition", AssetRecords::acquisition, "department"),
  DEPRECIATION("depreciation", AssetRecords::depreciation, "assetId"),
  ASSET_USE("assetUse", AssetRecords::use, "assetId"),
  DISPOSAL("disposal", AssetRecords::disposal, "assetId");

  /** Command fields the aggregates name that a record calls differently, for every type. */
  private static final Map<String, String> RECORD_FIELDS = Map.of("code", "department", "budgetYear", "year");

  private static final Map<String, RecordType> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toMap(t -> t.typeName, t -> t));

  private final String typeName;
  private final Function<RecordFields, Supplier<Object>> reader;
  private final String streamField;
  private final Map<String, String> renamedFields;

  RecordType(String typeName, Function<RecordFields, Supplier<Object>> reader, String streamField) {
    this(typeName, reader, streamField, Map.of());
  }

  RecordType(
      String typeName,
      Function<RecordFields, Supplier<Object>> reader,
      String streamField,
      Map<String, String> renamedFields) {
    this.typeName = typeName;
    this.reader = reader;
    this.streamField = streamField;
    this.renamedFields = renamedFields;
  }

  static Optional<RecordType> named(String typeName) {
    return Optional.ofNullable(BY_NAME.get(typeName));
  }

  static String allNames() {
    return Arrays.stream(values()).map(RecordType::typeName).collect(Collectors.joining(", "));
  }

  String typeName() {
    return typeName;
  }

  /**
   * Reads every field of the record; the command is built only if no field had a problem, so the
   * caller must check {@link RecordFields#problems()} before calling the supplier.
   */
  Supplier<Object> read(RecordFields fields) {
    return reader.apply(fields);
  }

  /** The record field that names the aggregate, for a refusal because it holds nothing yet. */
  String streamField() {
    return streamField;
  }

  /** The record's name for a field an aggregate named in a refusal. */
  String recordField(String commandField) {
    return renamedFields.getOrDefault(commandField, RECORD_FIELDS.getOrDefault(commandField, commandField));
  }
}
