package io.fiscaltrail.command.budget;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.command.web.AppendedEvent;
import io.fiscaltrail.command.web.JsonFields;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.RecordAuditNote;
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

/** Auditors' findings and notes on a fiscal year: the one write an auditor makes. */
@RestController
class AuditNoteController {

  private final CommandGateway commands;

  AuditNoteController(CommandGateway commands) {
    this.commands = commands;
  }

  @PostMapping(path = "/api/departments/{code}/years/{year}/audit-notes", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> record(@PathVariable String code, @PathVariable int year, @RequestBody JsonNode body) {
    List<AppendedEvent> appended = commands.sendAndWait(readNote(AppropriationController.budgetYear(code, year), body));
    return AppendedEvent.answer(appended);
  }

  static RecordAuditNote readNote(BudgetYearId budgetYear, JsonNode body) {
    JsonFields fields = new JsonFields(body);
    String text = fields.requiredText("text");
    String subject = fields.optionalText("subject");
    if (subject != null && subject.isBlank()) {
      fields.reject("subject", "must not be blank when given");
    }
    String document = fields.optionalText("document");
    fields.requireValid();
    return new RecordAuditNote(budgetYear, text, subject, document);
  }
}
