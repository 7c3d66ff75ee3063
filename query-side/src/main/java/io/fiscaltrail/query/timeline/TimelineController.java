package io.fiscaltrail.query.timeline;

import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.web.DateParameter;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

  private final YearFiguresReader reader;
  private final YearTimeline timeline;

  TimelineController(YearFiguresReader reader, YearTimeline timeline) {
    this.reader = reader;
    this.timeline = timeline;
  }

  /** {@code type} (repeatable) and {@code line} narrow what is listed, never the running totals. */
  @GetMapping("/api/departments/{code}/years/{year}/timeline")
  List<TimelineEntry> timeline(
      @PathVariable String code,
      @PathVariable int year,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String knownAt,
      @RequestParam(required = false) List<String> type,
      @RequestParam(required = false) String line) {
    return timeline.of(reader.read(code, year, null, knownAt),
        DateParameter.parse("from", from), DateParameter.parse("to", to), type, line);
  }
}
