package io.fiscaltrail.kernel.budget;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.fiscaltrail.kernel.department.DepartmentCode;
import java.time.LocalDate;

/**
 * One department's fiscal year, the stream that holds its appropriations and spending. The fiscal
 * year is the calendar year. Rendered as {@code code/year}; a department code cannot contain a
 * slash, so the identifier never collides with a department's own stream.
 */
public record BudgetYearId(DepartmentCode department, int year) {

  public BudgetYearId {
    if (department == null) {
      throw new IllegalArgumentException("department is missing");
    }
    if (year < 1949 || year > 9999) {
      throw new IllegalArgumentException("fiscal year out of range: " + year);
    }
  }

  public static BudgetYearId of(String departmentCode, int year) {
    return new BudgetYearId(DepartmentCode.of(departmentCode), year);
  }

  @JsonCreator
  public static BudgetYearId parse(String text) {
    int slash = text.lastIndexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("budget year id must be code/year: " + text);
    }
    return of(text.substring(0, slash), Integer.parseInt(text.substring(slash + 1)));
  }

  public boolean contains(LocalDate date) {
    return date.getYear() == year;
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, 1, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(year, 12, 31);
  }

  @JsonValue
  @Override
  public String toString() {
    return department + "/" + year;
  }
}
