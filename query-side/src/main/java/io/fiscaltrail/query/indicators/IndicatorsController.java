package io.fiscaltrail.query.indicators;

import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IndicatorsController {

  private final YearFiguresReader reader;

  IndicatorsController(YearFiguresReader reader) {
    this.reader = reader;
  }

  @GetMapping("/api/departments/{code}/years/{year}/indicators")
  List<IndicatorView> indicators(
      @PathVariable String code, @PathVariable int year, @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAt) {
    YearFigures figures = reader.read(code, year, asOf, knownAt);
    return Indicators.of(figures).all().stream().map(i -> IndicatorView.of(figures, i)).toList();
  }
}
