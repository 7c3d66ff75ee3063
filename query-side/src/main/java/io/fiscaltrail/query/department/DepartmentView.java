package io.fiscaltrail.query.department;

import java.util.List;

public record DepartmentView(
    String code,
    String name,
    int authorizedHeadcount,
    int actualHeadcount,
    int divisionCount,
    List<String> divisionNames) {}
