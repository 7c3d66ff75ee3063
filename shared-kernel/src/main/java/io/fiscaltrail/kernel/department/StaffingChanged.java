package io.fiscaltrail.kernel.department;

import java.time.LocalDate;

/** From the effective date on, the department has this quota and this many people employed. */
public record StaffingChanged(
    DepartmentCode code,
    int authorizedHeadcount,
    int actualHeadcount,
    LocalDate effectiveDate,
    String document) {}
