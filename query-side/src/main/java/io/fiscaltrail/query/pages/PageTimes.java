package io.fiscaltrail.query.pages;

import io.fiscaltrail.query.web.InvalidParameter;
import io.fiscaltrail.query.web.KnownAt;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads the recorded-time parameters of the pages. A browser's date-time picker sends a local time
 * without an offset, which the pages read on the books' clock; an ISO instant, as the JSON routes
 * take it, is read as it is. Either way the query side is handed an ISO instant.
 */
@Component
class PageTimes {

  private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private final Clock clock;

  PageTimes(Clock clock) {
    this.clock = clock;
  }

  /** The instant a recorded-time parameter names, as an ISO string; null when absent. */
  String instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return KnownAt.parse(name, value).map(Instant::toString).orElse(null);
    } catch (InvalidParameter notAnInstant) {
      try {
        return LocalDateTime.parse(value).atZone(clock.getZone()).toInstant().toString();
      } catch (DateTimeParseException e) {
        throw new InvalidParameter(
            name, "must be a date-time such as 2023-01-01T08:00 (Asia/Shanghai) or an ISO instant such as "
                + "2023-01-01T00:00:00Z: " + value);
      }
    }
  }

  /** What a date-time picker shows for an instant: the local time on the books' clock. */
  String picker(Optional<Instant> instant) {
    return instant.map(i -> PICKER.format(i.atZone(clock.getZone()))).orElse("");
  }
}
