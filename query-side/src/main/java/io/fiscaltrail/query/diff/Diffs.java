package io.fiscaltrail.query.diff;

import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.trace.FigureTrace;
import io.fiscaltrail.query.web.DateParameter;
import io.fiscaltrail.query.web.InvalidParameter;
import io.fiscaltrail.query.web.KnownAt;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The two diffs of a year as requests name them: between two effective dates {@code from} and
 * {@code to}, both as known at {@code knownAt}; or between two recorded times as of {@code asOf}.
 * A missing or bad parameter, or a start after its end, is refused by name.
 */
@Component
public class Diffs {

  private final YearFiguresReader reader;
  private final FigureTrace trace;

  Diffs(YearFiguresReader reader, FigureTrace trace) {
    this.reader = reader;
    this.trace = trace;
  }

  public DiffView ofDates(String code, int year, String from, String to, String knownAt) {
    LocalDate start = DateParameter.parse("from", from)
        .orElseThrow(() -> new InvalidParameter("from", "is required"));
    LocalDate end = DateParameter.parse("to", to)
        .orElseThrow(() -> new InvalidParameter("to", "is required"));
    if (start.isAfter(end)) {
      throw new InvalidParameter("from", "must not be after to: " + from);
    }
    YearFigures before = reader.read(code, year, from, knownAt);
    YearFigures after = reader.read(code, year, to, knownAt);
    YearDiff diff = YearDiff.ofDates(before, after, trace.of(after));
    return new DiffView(start, end, diff.figures(), diff.indicators());
  }

  public KnowledgeDiffView ofKnowledge(String code, int year, String asOf, String knownAtFrom, String knownAtTo) {
    Instant start = KnownAt.parse("knownAtFrom", knownAtFrom)
        .orElseThrow(() -> new InvalidParameter("knownAtFrom", "is required"));
    Instant end = KnownAt.parse("knownAtTo", knownAtTo)
        .orElseThrow(() -> new InvalidParameter("knownAtTo", "is required"));
    if (start.isAfter(end)) {
      throw new InvalidParameter("knownAtFrom", "must not be after knownAtTo: " + knownAtFrom);
    }
    YearFigures before = reader.read(code, year, asOf, knownAtFrom);
    YearFigures after = reader.read(code, year, asOf, knownAtTo);
    YearDiff diff = YearDiff.ofKnowledge(before, start, after, trace.of(after));
    return new KnowledgeDiffView(after.asOf(), start, end, diff.figures(), diff.indicators());
  }
}
