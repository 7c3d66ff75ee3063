package io.fiscaltrail.query.timeline;

import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.trace.FigureTrace;
import io.fiscaltrail.query.web.DateParameter;
import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

  private final YearFiguresReader reader;
  private final FigureTrace trace;
  private final Clock clock;

  TimelineController(YearFiguresReader reader, FigureTrace trace, Clock clock) {
    this.reader = reader;
    this.trace = trace;
    this.clock = clock;
  }

  /** Backdating is judged on the books' calendar: the clock's zone. */
  @GetMapping("/api/departments/{code}/years/{year}/timeline")
  List<TimelineEntry> timeline(
      @PathVariable String code,
      @PathVariable int year,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String knownAt) {
    YearFigures figures = reader.read(code, year, null, knownAt);
    return Timeline.of(
        trace.yearEntries(figures), figures.catalogue(), clock.getZone(),
        DateParameter.parse("from", from), DateParameter.parse("to", to));
  }
}
