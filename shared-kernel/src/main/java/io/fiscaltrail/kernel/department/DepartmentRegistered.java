package io.fiscaltrail.kernel.department;

import java.util.List;

public record DepartmentRegistered(
    DepartmentCode code,
    String name,
    int authorizedHeadcount,
    int actualHeadcount,
    int divisionCount,
    List<String> divisionNames) {

  public DepartmentRegistered {
    divisionNames = List.copyOf(divisionNames);
  }
}
