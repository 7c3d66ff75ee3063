package io.fiscaltrail.query.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/** Reads the {@code asOf} parameter of every query; without it, today on the books' clock. */
@Component
public class AsOfDate {

  private final Clock clock;

  AsOfDate(Clock clock) {
    this.clock = clock;
  }

  public LocalDate parse(String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new InvalidParameter("asOf", "must be a date as YYYY-MM-DD: " + asOf);
    }
  }
}
