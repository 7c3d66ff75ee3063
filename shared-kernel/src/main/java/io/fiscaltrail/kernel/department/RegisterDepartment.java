package io.fiscaltrail.kernel.department;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a budget unit with its staffing (编制人数 / 实有人数), internal divisions (内设股室) and duties (主要职责). */
public record RegisterDepartment(
    @TargetAggregateIdentifier DepartmentCode code,
    String name,
    int authorizedHeadcount,
    int actualHeadcount,
    int divisionCount,
    List<String> divisionNames,
    List<String> duties) {

  public RegisterDepartment {
    divisionNames = divisionNames == null ? List.of() : List.copyOf(divisionNames);
    duties = duties == null ? List.of() : List.copyOf(duties);
  }
}
