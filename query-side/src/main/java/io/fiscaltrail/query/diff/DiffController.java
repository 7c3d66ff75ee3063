package io.fiscaltrail.query.diff;

import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.trace.FigureTrace;
import io.fiscaltrail.query.web.DateParameter;
import io.fiscaltrail.query.web.InvalidParameter;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DiffController {

  private final YearFiguresReader reader;
  private final FigureTrace trace;

  DiffController(YearFiguresReader reader, FigureTrace trace) {
    this.reader = reader;
    this.trace = trace;
  }

  /** Two effective dates, {@code from} before {@code to}; both as known at {@code knownAt}. */
  @GetMapping("/api/departments/{code}/years/{year}/diff")
  DiffView diff(
      @PathVariable String code,
      @PathVariable int year,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String knownAt) {
    LocalDate start = DateParameter.parse("from", from)
        .orElseThrow(() -> new InvalidParameter("from", "is required"));
    LocalDate end = DateParameter.parse("to", to)
        .orElseThrow(() -> new InvalidParameter("to", "is required"));
    if (start.isAfter(end)) {
      throw new InvalidParameter("from", "must not be after to: " + from);
    }
    YearFigures before = reader.read(code, year, from, knownAt);
    YearFigures after = reader.read(code, year, to, knownAt);
    return new YearDiff(before, after, trace.of(after)).view();
  }
}
