package io.fiscaltrail.kernel.department;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** The code that identifies a budget unit (预算单位), e.g. {@code beita-union}. */
public record DepartmentCode(String value) {

  public static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

  public DepartmentCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "department code must match " + FORMAT.pattern() + ": " + value);
    }
  }

  @JsonCreator
  public static DepartmentCode of(String value) {
    return new DepartmentCode(value);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
