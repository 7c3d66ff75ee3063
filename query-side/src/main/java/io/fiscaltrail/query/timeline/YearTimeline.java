package io.fiscaltrail.query.timeline;

import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.trace.FigureTrace;
import io.fiscaltrail.query.web.InvalidParameter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * A year's timeline as read, for the route and the pages alike. Backdating is judged on the books'
 * calendar: the clock's zone. The dates, {@code types} and {@code line} narrow what is listed,
 * never the running totals.
 */
@Component
public class YearTimeline {

  /** The types of the facts a timeline lists. */
  public static final Set<String> TYPES = YearFacts.TYPES;

  private static final Set<String> LINES = Set.of("PERSONNEL", "PUBLIC", "PROJECT", "UNASSIGNED");

  private final FigureTrace trace;
  private final Clock clock;

  YearTimeline(FigureTrace trace, Clock clock) {
    this.trace = trace;
    this.clock = clock;
  }

  /** {@code types} null or empty and {@code line} null or blank list every type and line. */
  public List<TimelineEntry> of(
      YearFigures figures, Optional<LocalDate> from, Optional<LocalDate> to, List<String> types, String line) {
    Predicate<YearFact> shown = within(from, to).and(ofTypes(types)).and(onLine(line));
    List<YearFact> facts =
        YearFacts.of(trace.yearEntries(figures), figures.book(false), figures.catalogue(), clock.getZone());
    return Timeline.of(facts, figures.catalogue(), clock.getZone(), shown);
  }

  private static Predicate<YearFact> within(Optional<LocalDate> from, Optional<LocalDate> to) {
    return f -> from.map(d -> !f.effectiveDate().isBefore(d)).orElse(true)
        && to.map(d -> !f.effectiveDate().isAfter(d)).orElse(true);
  }

  private static Predicate<YearFact> ofTypes(List<String> types) {
    if (types == null || types.isEmpty()) {
      return f -> true;
    }
    for (String t : types) {
      if (!YearFacts.TYPES.contains(t)) {
        throw new InvalidParameter("type", "must be one of " + new TreeSet<>(YearFacts.TYPES) + ": " + t);
      }
    }
    return f -> types.contains(f.origin().type());
  }

  private static Predicate<YearFact> onLine(String line) {
    if (line == null || line.isBlank()) {
      return f -> true;
    }
    if (!LINES.contains(line)) {
      throw new InvalidParameter("line", "must be one of " + new TreeSet<>(LINES) + ": " + line);
    }
    return f -> line.equals(f.line());
  }
}
