package io.fiscaltrail.command.department;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.kernel.department.ChangeStaffing;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.kernel.department.DepartmentRegistered;
import io.fiscaltrail.kernel.department.RegisterDepartment;
import io.fiscaltrail.kernel.department.StaffingChanged;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A budget unit (预算单位): its registration and staffing. */
@Aggregate(cache = "departmentCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Department {

  @AggregateIdentifier private DepartmentCode code;

  protected Department() {
    // for Axon and snapshot deserialization
  }

  @CommandHandler
  public Department(RegisterDepartment command, DepartmentDirectory directory) {
    if (directory.isRegistered(command.code())) {
      throw RejectedCommand.conflict("code", "department " + command.code() + " is already registered");
    }
    DepartmentRules.staffingIsPlausible(command);
    apply(
        new DepartmentRegistered(
            command.code(),
            command.name(),
            command.authorizedHeadcount(),
            command.actualHeadcount(),
            command.divisionCount(),
            command.divisionNames(),
            command.duties()));
  }

  @CommandHandler
  void handle(ChangeStaffing command) {
    DepartmentRules.headcountsAreNotNegative(command.authorizedHeadcount(), command.actualHeadcount());
    if (command.effectiveDate() == null) {
      throw RejectedCommand.invalid("effectiveDate", "is missing");
    }
    apply(
        new StaffingChanged(
            code,
            command.authorizedHeadcount(),
            command.actualHeadcount(),
            command.effectiveDate(),
            command.document()));
  }

  @EventSourcingHandler
  void on(DepartmentRegistered event) {
    code = event.code();
  }
}
