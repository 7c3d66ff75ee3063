package io.fiscaltrail.kernel.department;

import java.util.List;

/** A budget unit exists, with its staffing, divisions and duties at registration. */
public record DepartmentRegistered(
    DepartmentCode code,
    String name,
    int authorizedHeadcount,
    int actualHeadcount,
    int divisionCount,
    List<String> divisionNames,
    List<String> duties) {

  public DepartmentRegistered {
    divisionNames = divisionNames == null ? List.of() : List.copyOf(divisionNames);
    duties = duties == null ? List.of() : List.copyOf(duties);
  }
}
