package io.fiscaltrail.query.timeline;

import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.trace.FigureTrace;
import io.fiscaltrail.query.web.DateParameter;
import io.fiscaltrail.query.web.InvalidParameter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

  private static final Set<String> LINES = Set.of("PERSONNEL", "PUBLIC", "PROJECT", "UNASSIGNED");

  private final YearFiguresReader reader;
  private final FigureTrace trace;
  private final Clock clock;

  TimelineController(YearFiguresReader reader, FigureTrace trace, Clock clock) {
    this.reader = reader;
    this.trace = trace;
    this.clock = clock;
  }

  /**
   * Backdating is judged on the books' calendar: the clock's zone. {@code type} (repeatable) and
   * {@code line} narrow what is listed, never the running totals.
   */
  @GetMapping("/api/departments/{code}/years/{year}/timeline")
  List<TimelineEntry> timeline(
      @PathVariable String code,
      @PathVariable int year,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String knownAt,
      @RequestParam(required = false) List<String> type,
      @RequestParam(required = false) String line) {
    Predicate<YearFact> shown = within(DateParameter.parse("from", from), DateParameter.parse("to", to))
        .and(ofTypes(type))
        .and(onLine(line));
    YearFigures figures = reader.read(code, year, null, knownAt);
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
