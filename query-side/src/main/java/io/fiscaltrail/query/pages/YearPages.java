package io.fiscaltrail.query.pages;

import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_INITIAL;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_REDUCTIONS;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_SUPPLEMENTARY;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_TOTAL;
import static io.fiscaltrail.query.figures.FigureCodes.ASSETS_TOTAL;
import static io.fiscaltrail.query.figures.FigureCodes.CARRYOVER_IN;
import static io.fiscaltrail.query.figures.FigureCodes.CARRYOVER_OUT;
import static io.fiscaltrail.query.figures.FigureCodes.EXPENDITURE_BASIC;
import static io.fiscaltrail.query.figures.FigureCodes.EXPENDITURE_PROJECT;
import static io.fiscaltrail.query.figures.FigureCodes.EXPENDITURE_TOTAL;
import static io.fiscaltrail.query.figures.FigureCodes.OVERSPEND;
import static io.fiscaltrail.query.figures.FigureCodes.THREE_PUBLIC_SPENT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fiscaltrail.query.diff.Diffs;
import io.fiscaltrail.query.figures.FigureCodes;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.findings.Assessment;
import io.fiscaltrail.query.findings.Assessor;
import io.fiscaltrail.query.indicators.Indicator;
import io.fiscaltrail.query.report.ReportWriter;
import io.fiscaltrail.query.timeline.TimelineEntry;
import io.fiscaltrail.query.timeline.YearTimeline;
import io.fiscaltrail.query.trace.FigureTrace;
import io.fiscaltrail.query.trace.TraceView;
import io.fiscaltrail.query.tracker.SupplementaryTracker;
import io.fiscaltrail.query.web.DateParameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of one department's fiscal year. Each reads the same computations the JSON routes
 * answer from (figures, indicators, findings, timeline, tracker, trace, diff, report) and only
 * prints them.
 */
@Controller
@RequestMapping("/departments/{code}/years/{year}")
class YearPages {

  /** The figures the year page leads with; every other figure is listed below them. */
  private static final List<String> KEY_FIGURES = List.of(
      APPROPRIATION_INITIAL, APPROPRIATION_SUPPLEMENTARY, APPROPRIATION_REDUCTIONS, APPROPRIATION_TOTAL,
      CARRYOVER_IN, EXPENDITURE_TOTAL, EXPENDITURE_BASIC, EXPENDITURE_PROJECT, OVERSPEND, THREE_PUBLIC_SPENT,
      CARRYOVER_OUT, ASSETS_TOTAL);

  private final YearFiguresReader reader;
  private final Assessor assessor;
  private final FigureTrace trace;
  private final SupplementaryTracker tracker;
  private final Diffs diffs;
  private final PageTimes times;
  private final YearTimeline timeline;
  private final ObjectMapper json;

  YearPages(
      YearFiguresReader reader,
      Assessor assessor,
      FigureTrace trace,
      SupplementaryTracker tracker,
      Diffs diffs,
      PageTimes times,
      YearTimeline timeline,
      ObjectMapper json) {
    this.reader = reader;
    this.assessor = assessor;
    this.trace = trace;
    this.tracker = tracker;
    this.diffs = diffs;
    this.times = times;
    this.timeline = timeline;
    this.json = json;
  }

  @GetMapping
  String year(
      @PathVariable String code, @PathVariable int year, @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAt, Model model) throws JsonProcessingException {
    YearFigures figures = read(code, year, asOf, knownAt, model);
    Assessment assessment = assessor.assess(figures);
    LocalDate lastDay = figures.asOf().isAfter(figures.budgetYear().lastDay())
        ? figures.budgetYear().lastDay()
        : figures.asOf();
    List<TimelineEntry> entries = timeline.of(figures, Optional.empty(), Optional.of(lastDay), List.of(), null);
    YearChart chart = YearChart.of(figures.budgetYear().firstDay(), lastDay, entries, tracker.of(figures));
    model.addAttribute("keyFigures", KEY_FIGURES.stream().map(figures::definition).toList());
    model.addAttribute("otherFigures", figures.catalogue().listed().stream()
        .filter(d -> !KEY_FIGURES.contains(d.code()))
        .toList());
    model.addAttribute("indicators", assessment.indicators().all());
    model.addAttribute("indicatorNames", assessment.indicators().all().stream()
        .collect(Collectors.toMap(Indicator::code, i -> i.definition().name())));
    model.addAttribute("findings", assessment.findings());
    model.addAttribute("chart", json.writeValueAsString(chart));
    return "year";
  }

  /** The replay of the year; filters hide rows, the running totals still count every fact. */
  @GetMapping("/timeline")
  String timeline(
      @PathVariable String code, @PathVariable int year, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String knownAt,
      @RequestParam(required = false) String type, @RequestParam(required = false) String line, Model model) {
    YearFigures figures = read(code, year, null, knownAt, model);
    Optional<LocalDate> start = DateParameter.parse("from", from);
    Optional<LocalDate> end = DateParameter.parse("to", to);
    String shownType = blankToNull(type);
    String shownLine = blankToNull(line);
    List<TimelineEntry> shown = timeline.of(
        figures, start, end, shownType == null ? List.of() : List.of(shownType), shownLine);
    TreeSet<String> types = new TreeSet<>(
        timeline.of(figures, start, end, List.of(), null).stream().map(TimelineEntry::type).toList());
    model.addAttribute("from", start.map(LocalDate::toString).orElse(""));
    model.addAttribute("to", end.map(LocalDate::toString).orElse(""));
    model.addAttribute("types", types);
    model.addAttribute("lines", PageText.LINES.keySet().stream().sorted().toList());
    model.addAttribute("type", shownType);
    model.addAttribute("line", shownLine);
    model.addAttribute("entries", shown);
    return "timeline";
  }

  @GetMapping("/trace")
  String trace(
      @PathVariable String code, @PathVariable int year, @RequestParam(required = false) String figure,
      @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt, Model model) {
    YearFigures figures = read(code, year, asOf, knownAt, model);
    TraceView view = trace.view(figures, figure);
    model.addAttribute("trace", view);
    model.addAttribute("inThisTimeline", !view.figure().startsWith(FigureCodes.PRIOR_YEAR_PREFIX));
    return "trace";
  }

  /**
   * Between two effective dates ({@code from}, {@code to}) or, when either recorded time is given,
   * between two recorded times ({@code knownAtFrom}, {@code knownAtTo}) as of {@code asOf}.
   */
  @GetMapping("/diff")
  String diff(
      @PathVariable String code, @PathVariable int year, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAtFrom, @RequestParam(required = false) String knownAtTo,
      Model model) {
    String knownFrom = times.instant("knownAtFrom", knownAtFrom);
    String knownTo = times.instant("knownAtTo", knownAtTo);
    YearFigures figures = read(code, year, asOf, null, model);
    model.addAttribute("from", blankToNull(from) == null ? figures.budgetYear().firstDay().toString() : from);
    model.addAttribute("to", blankToNull(to) == null ? figures.asOf().toString() : to);
    model.addAttribute("knownAtFromPicker", times.picker(Optional.ofNullable(knownFrom).map(Instant::parse)));
    model.addAttribute("knownAtToPicker", times.picker(Optional.ofNullable(knownTo).map(Instant::parse)));
    if (knownFrom != null || knownTo != null) {
      var diff = diffs.ofKnowledge(code, year, figures.asOf().toString(), knownFrom, knownTo);
      model.addAttribute("mode", "knowledge");
      model.addAttribute("figureChanges", diff.figures());
      model.addAttribute("indicatorChanges", diff.indicators());
    } else if (blankToNull(from) != null || blankToNull(to) != null) {
      var diff = diffs.ofDates(code, year, from, to, null);
      model.addAttribute("mode", "dates");
      model.addAttribute("figureChanges", diff.figures());
      model.addAttribute("indicatorChanges", diff.indicators());
    }
    return "diff";
  }

  @GetMapping("/report")
  String report(
      @PathVariable String code, @PathVariable int year, @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAt, Model model) {
    YearFigures figures = read(code, year, asOf, knownAt, model);
    model.addAttribute("report", ReportWriter.write(assessor.assess(figures)));
    return "report";
  }

  /** Reads the year and puts what every page of it shows in the model: its name, times and links. */
  private YearFigures read(String code, int year, String asOf, String knownAt, Model model) {
    String known = times.instant("knownAt", knownAt);
    YearFigures figures = reader.read(code, year, asOf, known);
    model.addAttribute("figures", figures);
    model.addAttribute("department", figures.department());
    model.addAttribute("year", year);
    model.addAttribute("asOf", figures.asOf().toString());
    model.addAttribute("knownAt", known);
    model.addAttribute("knownAtPicker", times.picker(figures.knownAt()));
    model.addAttribute("links", new YearLinks(code, year, figures.asOf().toString(), known));
    return figures;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
