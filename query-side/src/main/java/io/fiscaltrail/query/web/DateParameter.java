package io.fiscaltrail.query.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** An optional date parameter such as {@code from} or {@code to}; a bad one is refused by its name. */
public final class DateParameter {

  private DateParameter() {}

  public static Optional<LocalDate> parse(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new InvalidParameter(name, "must be a date as YYYY-MM-DD: " + value);
    }
  }
}
