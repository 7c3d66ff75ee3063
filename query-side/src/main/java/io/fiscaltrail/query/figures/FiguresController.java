package io.fiscaltrail.query.figures;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FiguresController {

  private final YearFiguresReader reader;

  FiguresController(YearFiguresReader reader) {
    this.reader = reader;
  }

  @GetMapping("/api/departments/{code}/years/{year}/budget")
  BudgetView budget(
      @PathVariable String code, @PathVariable int year, @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAt) {
    return BudgetView.of(reader.read(code, year, asOf, knownAt));
  }

  @GetMapping("/api/departments/{code}/years/{year}/figures")
  List<FigureView> figures(
      @PathVariable String code, @PathVariable int year, @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAt) {
    YearFigures figures = reader.read(code, year, asOf, knownAt);
    return figures.catalogue().listed().stream().map(d -> FigureView.of(figures, d)).toList();
  }
}
