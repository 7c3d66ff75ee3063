package io.fiscaltrail.command.budget;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.command.web.AppendedEvent;
import io.fiscaltrail.command.web.JsonFields;
import io.fiscaltrail.kernel.budget.AppropriationKind;
import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.RecordAppropriation;
import io.fiscaltrail.kernel.department.DepartmentCode;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AppropriationController {

  private final CommandGateway commands;

  AppropriationController(CommandGateway commands) {
    this.commands = commands;
  }

  @PostMapping(
      path = "/api/departments/{code}/years/{year}/appropriations",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> record(
      @PathVariable String code, @PathVariable int year, @RequestBody JsonNode body) {
    RecordAppropriation command = readAppropriation(budgetYear(code, year), body);
    List<AppendedEvent> appended = commands.sendAndWait(command);
    return AppendedEvent.answer(appended);
  }

  static BudgetYearId budgetYear(String code, int year) {
    if (!DepartmentCode.FORMAT.matcher(code).matches()) {
      throw RejectedCommand.notFound("code", "no department has the code " + code);
    }
    try {
      return BudgetYearId.of(code, year);
    } catch (IllegalArgumentException e) {
      throw RejectedCommand.invalid("year", e.getMessage());
    }
  }

  static RecordAppropriation readAppropriation(BudgetYearId budgetYear, JsonNode body) {
    JsonFields fields = new JsonFields(body);
    AppropriationKind kind = fields.requiredEnum("kind", AppropriationKind.class);
    BudgetLine line = fields.optionalEnum("line", BudgetLine.class, BudgetLine.UNASSIGNED);
    var amount = fields.requiredAmount("amount");
    var effectiveDate = fields.requiredDate("effectiveDate");
    if (effectiveDate != null && !budgetYear.contains(effectiveDate)) {
      fields.reject("effectiveDate", effectiveDate + " is outside fiscal year " + budgetYear.year());
    }
    String document = fields.requiredText("document");
    boolean midYear = kind == AppropriationKind.SUPPLEMENTARY || kind == AppropriationKind.REDUCTION;
    String reason = midYear ? fields.requiredText("reason") : fields.optionalText("reason");
    String approvedBy = fields.optionalText("approvedBy");
    fields.requireValid();
    return new RecordAppropriation(budgetYear, kind, line, amount, effectiveDate, document, reason, approvedBy);
  }
}
