package io.fiscaltrail.query.tracker;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A department-year's supplementary allocations as of a date: {@code share} is supplementary /
 * appropriated in percent with two decimals, null when nothing is appropriated.
 */
public record YearAllocations(
    String department,
    String name,
    int year,
    LocalDate asOf,
    Money appropriated,
    Money supplementary,
    String share,
    List<SupplementaryAllocation> allocations) {}
