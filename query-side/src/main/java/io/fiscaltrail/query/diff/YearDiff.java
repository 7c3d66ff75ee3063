package io.fiscaltrail.query.diff;

import io.fiscaltrail.query.figures.FigureDefinition;
import io.fiscaltrail.query.figures.FigureValue;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.indicators.Indicator;
import io.fiscaltrail.query.indicators.Indicators;
import io.fiscaltrail.query.trace.TraceEntry;
import io.fiscaltrail.query.trace.YearTrace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Compares a year's figures and indicators read twice: as of two dates, or as known at two times.
 * The events behind a change are found by the trace of the later read, kept when they fall between
 * the two (took effect, or were recorded, after the earlier): the same terms the figures are
 * computed from, so every event listed moved the figure.
 */
final class YearDiff {

  private final YearFigures before;
  private final YearFigures after;
  private final YearTrace trace;
  private final Predicate<TraceEntry> between;

  private YearDiff(YearFigures before, YearFigures after, YearTrace traceAfter, Predicate<TraceEntry> between) {
    this.before = before;
    this.after = after;
    this.trace = traceAfter;
    this.between = between;
  }

  /** As of two effective dates: the events effective in (before, after]. */
  static YearDiff ofDates(YearFigures before, YearFigures after, YearTrace traceAfter) {
    LocalDate from = before.asOf();
    return new YearDiff(before, after, traceAfter, e -> e.effectiveDate() != null && e.effectiveDate().isAfter(from));
  }

  /** As known at two times: the events recorded in (before, after]. */
  static YearDiff ofKnowledge(YearFigures before, Instant knownBefore, YearFigures after, YearTrace traceAfter) {
    return new YearDiff(before, after, traceAfter, e -> e.recordedAt().isAfter(knownBefore));
  }

  List<Change> figures() {
    List<Change> changes = new ArrayList<>();
    for (FigureDefinition d : after.catalogue().listed()) {
      FigureValue was = before.value(d.code());
      FigureValue is = after.value(d.code());
      if (was.value().compareTo(is.value()) != 0 || was.recorded() != is.recorded()) {
        changes.add(new Change(d.code(), d.name(), d.unit(), text(was.value()), text(is.value()), eventsBehind(d.code())));
      }
    }
    return changes;
  }

  List<Change> indicators() {
    Indicators was = Indicators.of(before);
    List<Change> changes = new ArrayList<>();
    for (Indicator is : Indicators.of(after).all()) {
      BigDecimal old = was.find(is.code()).flatMap(Indicator::percent).orElse(null);
      BigDecimal now = is.percent().orElse(null);
      if (!sameValue(old, now)) {
        Set<String> events = new LinkedHashSet<>();
        Stream.of(is.definition().numerator(), is.definition().denominator())
            .filter(Objects::nonNull)
            .forEach(figure -> events.addAll(eventsBehind(figure)));
        changes.add(new Change(is.code(), is.definition().name(), "%", text(old), text(now), List.copyOf(events)));
      }
    }
    return changes;
  }

  private List<String> eventsBehind(String figure) {
    return after.find(figure).stream()
        .flatMap(d -> trace.entries(d).stream())
        .filter(between)
        .map(TraceEntry::id)
        .distinct()
        .toList();
  }

  private static boolean sameValue(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String text(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
