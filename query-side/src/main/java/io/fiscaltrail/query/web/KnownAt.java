package io.fiscaltrail.query.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the {@code knownAt} parameter: an ISO instant, with {@code Z} or an offset. Absent means
 * now, which is everything recorded so far: the books answer it as they stand.
 */
public final class KnownAt {

  private KnownAt() {}

  public static Optional<Instant> parse(String knownAt) {
    return parse("knownAt", knownAt);
  }

  /** A recorded-time parameter of another name, such as the diff's {@code knownAtFrom}. */
  public static Optional<Instant> parse(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      throw new InvalidParameter(name, "must be an ISO instant such as 2023-01-01T00:00:00Z: " + value);
    }
  }
}
