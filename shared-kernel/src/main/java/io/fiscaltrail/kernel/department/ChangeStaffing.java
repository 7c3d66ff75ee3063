package io.fiscaltrail.kernel.department;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the staffing quota and the people employed from an effective date on. */
public record ChangeStaffing(
    @TargetAggregateIdentifier DepartmentCode code,
    int authorizedHeadcount,
    int actualHeadcount,
    LocalDate effectiveDate,
    String document) {}
