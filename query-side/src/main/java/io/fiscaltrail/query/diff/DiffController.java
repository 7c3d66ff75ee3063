package io.fiscaltrail.query.diff;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two diffs on one route: with {@code knownAtFrom} or {@code knownAtTo}, between two recorded times
 * as of {@code asOf}; otherwise between two effective dates {@code from} and {@code to}, both as
 * known at {@code knownAt}.
 */
@RestController
class DiffController {

  private static final String ROUTE = "/api/departments/{code}/years/{year}/diff";

  private final Diffs diffs;

  DiffController(Diffs diffs) {
    this.diffs = diffs;
  }

  @GetMapping(ROUTE)
  DiffView ofDates(
      @PathVariable String code,
      @PathVariable int year,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String knownAt) {
    return diffs.ofDates(code, year, from, to, knownAt);
  }

  @GetMapping(value = ROUTE, params = "knownAtFrom")
  KnowledgeDiffView ofKnowledgeFrom(
      @PathVariable String code,
      @PathVariable int year,
      @RequestParam(required = false) String asOf,
      @RequestParam String knownAtFrom,
      @RequestParam(required = false) String knownAtTo) {
    return diffs.ofKnowledge(code, year, asOf, knownAtFrom, knownAtTo);
  }

  @GetMapping(value = ROUTE, params = {"knownAtTo", "!knownAtFrom"})
  KnowledgeDiffView ofKnowledgeTo(
      @PathVariable String code,
      @PathVariable int year,
      @RequestParam(required = false) String asOf,
      @RequestParam String knownAtTo) {
    return diffs.ofKnowledge(code, year, asOf, null, knownAtTo);
  }
}
