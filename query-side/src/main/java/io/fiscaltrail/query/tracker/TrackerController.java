package io.fiscaltrail.query.tracker;

import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.web.AsOfDate;
import io.fiscaltrail.query.web.InvalidParameter;
import io.fiscaltrail.query.web.KnownAt;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrackerController {

  private final YearFiguresReader reader;
  private final SupplementaryTracker tracker;
  private final AsOfDate asOfDate;

  TrackerController(YearFiguresReader reader, SupplementaryTracker tracker, AsOfDate asOfDate) {
    this.reader = reader;
    this.tracker = tracker;
    this.asOfDate = asOfDate;
  }

  @GetMapping("/api/departments/{code}/years/{year}/supplementary-allocations")
  YearAllocations ofYear(
      @PathVariable String code,
      @PathVariable int year,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAt) {
    return tracker.of(reader.read(code, year, asOf, knownAt));
  }

  @GetMapping("/api/supplementary-allocations")
  List<YearAllocations> ofAllDepartments(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAt) {
    if (year == null) {
      throw new InvalidParameter("year", "is required");
    }
    return tracker.acrossDepartments(year, asOfDate.parse(asOf), KnownAt.parse(knownAt));
  }
}
