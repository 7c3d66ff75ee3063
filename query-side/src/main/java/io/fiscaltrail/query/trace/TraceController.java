package io.fiscaltrail.query.trace;

import io.fiscaltrail.query.figures.FigureDefinition;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.web.InvalidParameter;
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
    YearFigures figures = reader.read(code, year, asOf, knownAt);
    FigureDefinition definition = figures.find(figure)
        .orElseThrow(() -> new InvalidParameter("figure", "no figure has the code " + figure));
    return TraceView.of(
        definition.code(), definition.name(), definition.unit(), figures.asOf(),
        figures.value(definition.code()).value(), trace.of(figures).entries(definition));
  }
}
