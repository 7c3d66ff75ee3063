package io.fiscaltrail.command.department;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.command.web.AppendedEvent;
import io.fiscaltrail.command.web.JsonFields;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.kernel.department.RegisterDepartment;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DepartmentController {

  private final CommandGateway commands;

  DepartmentController(CommandGateway commands) {
    this.commands = commands;
  }

  @PostMapping(path = "/api/departments", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> register(@RequestBody JsonNode body) {
    RegisterDepartment command = readRegistration(body);
    List<AppendedEvent> appended = commands.sendAndWait(command);
    AppendedEvent registered = appended.get(appended.size() - 1);
    return ResponseEntity.created(URI.create("/api/departments/" + command.code()))
        .body(
            Map.of(
                "code", command.code().value(),
                "eventId", registered.eventId(),
                "sequence", registered.sequence(),
                "events", appended));
  }

  /** Reads a registration; {@code divisions} is either the list of division names or their count. */
  static RegisterDepartment readRegistration(JsonNode body) {
    JsonFields fields = new JsonFields(body);
    String code = fields.requiredText("code");
    if (code != null && !DepartmentCode.FORMAT.matcher(code).matches()) {
      fields.reject("code", "must match " + DepartmentCode.FORMAT.pattern());
    }
    String name = fields.requiredText("name");
    Integer authorized = fields.requiredCount("authorizedHeadcount");
    Integer actual = fields.requiredCount("actualHeadcount");
    List<String> divisionNames = new ArrayList<>();
    Integer divisionCount = readDivisions(fields, divisionNames);
    List<String> duties = fields.optionalTextList("duties");
    fields.requireValid();
    return new RegisterDepartment(
        DepartmentCode.of(code), name, authorized, actual, divisionCount, divisionNames, duties);
  }

  private static Integer readDivisions(JsonFields fields, List<String> names) {
    JsonNode divisions = fields.value("divisions");
    if (divisions != null && divisions.isArray()) {
      names.addAll(fields.optionalTextList("divisions"));
      return names.size();
    }
    return fields.requiredCount("divisions");
  }
}
