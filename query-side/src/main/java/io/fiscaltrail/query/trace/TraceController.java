package io.fiscaltrail.query.trace;

import io.fiscaltrail.query.figures.YearFiguresReader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TraceController {

  private final YearFiguresReader reader;
  private final FigureTrace trace;

  TraceController(YearFiguresReader reader, FigureTrace trace) {
    this.reader = reader;
    this.trace = trace;
  }

  @GetMapping("/api/departments/{code}/years/{year}/trace")
  TraceView trace(
      @PathVariable String code,
      @PathVariable int year,
      @RequestParam(required = false) String figure,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAt) {
    return trace.view(reader.read(code, year, asOf, knownAt), figure);
  }
}
