package io.fiscaltrail.command.importing;

import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.department.DepartmentCode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Imports whole files: NDJSON records of any type, or a year's expenditure ledger in CSV. */
@RestController
class ImportController {

  static final String NDJSON = "application/x-ndjson";
  static final String CSV = "text/csv";

  private final Importer importer;

  ImportController(Importer importer) {
    this.importer = importer;
  }

  @PostMapping(path = "/api/import", consumes = NDJSON)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> importRecords(@RequestBody byte[] body) {
    return answer(importer.importNdjson(body));
  }

  @PostMapping(path = "/api/departments/{code}/years/{year}/ledger", consumes = CSV)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> importLedger(@PathVariable String code, @PathVariable int year, @RequestBody byte[] body) {
    return answer(importer.importLedger(budgetYear(code, year), body));
  }

  @ExceptionHandler(InvalidImport.class)
  ProblemDetail invalidImport(InvalidImport e) {
    HttpStatus status = e.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setType(URI.create("urn:fiscaltrail:problem:" + (e.isConflict() ? "conflicting-import" : "invalid-import")));
    problem.setTitle(e.isConflict() ? "Import conflicts with what is stored" : "Invalid import");
    problem.setProperty("errors", e.problems().stream().map(ImportController::error).toList());
    return problem;
  }

  private static Map<String, Object> error(LineProblem problem) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("line", problem.line());
    error.put("field", problem.field());
    error.put("reason", problem.reason());
    return error;
  }

  private static Map<String, Object> answer(ImportResult result) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("records", result.records());
    answer.put("recordsByType", result.recordsByType());
    answer.put("eventCount", result.events().size());
    answer.put("events", result.events());
    return answer;
  }

  private static BudgetYearId budgetYear(String code, int year) {
    if (!DepartmentCode.FORMAT.matcher(code).matches()) {
      throw RejectedCommand.notFound("code", "no department has the code " + code);
    }
    try {
      return BudgetYearId.of(code, year);
    } catch (IllegalArgumentException e) {
      throw RejectedCommand.invalid("year", e.getMessage());
    }
  }
}
