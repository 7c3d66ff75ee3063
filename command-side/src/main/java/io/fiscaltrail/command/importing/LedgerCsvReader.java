package io.fiscaltrail.command.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an expenditure ledger as finance offices keep it in a spreadsheet: a header row naming the
 * columns, then one voucher a row. Each row becomes an {@code expenditure} record of the fiscal
 * year the ledger belongs to, read by the same reader as an NDJSON line, so that a column has the
 * meaning and the checks of the record field of the same name.
 */
final class LedgerCsvReader {

  static final List<String> REQUIRED_COLUMNS =
      List.of("voucher", "effectiveDate", "amount", "line", "functionalClass", "economicClass");
  static final List<String> OPTIONAL_COLUMNS =
      List.of("threePublic", "governmentProcurement", "keyProject", "payee", "description", "corrects", "source");
  private static final Set<String> FLAG_COLUMNS = Set.of("governmentProcurement", "keyProject");

  private static final CsvMapper CSV =
      CsvMapper.builder()
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .enable(CsvParser.Feature.TRIM_SPACES)
          .build();

  private LedgerCsvReader() {}

  static ParsedImport read(BudgetYearId budgetYear, byte[] content) {
    List<ImportRecord> records = new ArrayList<>();
    List<LineProblem> problems = new ArrayList<>();
    try (JsonParser rows = CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).createParser(content)) {
      Row headerRow = nextRow(rows);
      if (headerRow == null) {
        problems.add(new LineProblem(1, "header", "is missing: the first row names the columns"));
        return new ParsedImport(records, problems);
      }
      List<String> header = headerRow.cells();
      if (!headerIsValid(header, problems)) {
        return new ParsedImport(records, problems);
      }
      for (Row row = nextRow(rows); row != null; row = nextRow(rows)) {
        ImportRecord record = readRow(budgetYear, row.line(), header, row.cells(), problems);
        if (record != null) {
          records.add(record);
        }
      }
    } catch (IOException e) {
      problems.add(new LineProblem(lineOf(e), "row", "is not valid CSV: " + e.getMessage().lines().findFirst().orElse("")));
    }
    return new ParsedImport(records, problems);
  }

  private static boolean headerIsValid(List<String> header, List<LineProblem> problems) {
    Set<String> seen = new HashSet<>();
    for (String column : header) {
      if (!REQUIRED_COLUMNS.contains(column) && !OPTIONAL_COLUMNS.contains(column)) {
        problems.add(new LineProblem(1, column, "is not a ledger column; the columns are "
            + String.join(",", REQUIRED_COLUMNS) + " and optionally " + String.join(",", OPTIONAL_COLUMNS)));
      } else if (!seen.add(column)) {
        problems.add(new LineProblem(1, column, "is named twice"));
      }
    }
    REQUIRED_COLUMNS.stream()
        .filter(column -> !header.contains(column))
        .forEach(column -> problems.add(new LineProblem(1, column, "column is missing")));
    return problems.isEmpty();
  }

  private static ImportRecord readRow(
      BudgetYearId budgetYear, int line, List<String> header, List<String> row, List<LineProblem> problems) {
    if (row.size() > header.size()) {
      problems.add(new LineProblem(line, "row", "has " + row.size() + " cells but the header names " + header.size()));
      return null;
    }
    ObjectNode record = JsonNodeFactory.instance.objectNode();
    record.put("type", RecordType.EXPENDITURE.typeName());
    record.put("department", budgetYear.department().value());
    record.put("year", budgetYear.year());
    record.put("source", "expenditure ledger " + budgetYear + ", line " + line);
    for (int i = 0; i < row.size(); i++) {
      String column = header.get(i);
      String cell = row.get(i);
      if (cell.isEmpty()) {
        continue;
      }
      if (FLAG_COLUMNS.contains(column) && (cell.equals("true") || cell.equals("false"))) {
        record.put(column, Boolean.parseBoolean(cell));
      } else {
        record.put(column, cell);
      }
    }
    return NdjsonReader.readRecord(line, record, problems);
  }

  /** The next row and the line it starts on, or null at the end. */
  private static Row nextRow(JsonParser rows) throws IOException {
    if (rows.nextToken() != JsonToken.START_ARRAY) {
      return null;
    }
    int line = 0;
    List<String> cells = new ArrayList<>();
    while (rows.nextToken() != JsonToken.END_ARRAY) {
      if (cells.isEmpty()) {
        // the row's own opening token is located at the end of the row before it
        line = rows.currentTokenLocation().getLineNr();
      }
      cells.add(rows.getText());
    }
    return new Row(line, cells);
  }

  private record Row(int line, List<String> cells) {}

  private static int lineOf(IOException e) {
    return e instanceof JsonProcessingException json && json.getLocation() != null
        ? json.getLocation().getLineNr()
        : 0;
  }
}
