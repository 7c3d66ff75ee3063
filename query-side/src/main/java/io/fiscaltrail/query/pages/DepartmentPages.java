package io.fiscaltrail.query.pages;

import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_TOTAL;
import static io.fiscaltrail.query.figures.FigureCodes.EXPENDITURE_TOTAL;
import static io.fiscaltrail.query.indicators.IndicatorCodes.SUPPLEMENTARY_SHARE;

import io.fiscaltrail.access.Role;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.money.Money;
import io.fiscaltrail.query.budget.BudgetYearBookRepository;
import io.fiscaltrail.query.department.DepartmentRepository;
import io.fiscaltrail.query.department.DepartmentView;
import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.findings.Assessment;
import io.fiscaltrail.query.findings.Assessor;
import io.fiscaltrail.query.indicators.Indicator;
import io.fiscaltrail.query.tracker.SupplementaryTracker;
import io.fiscaltrail.query.tracker.YearAllocations;
import io.fiscaltrail.query.web.AsOfDate;
import io.fiscaltrail.query.web.InvalidParameter;
import io.fiscaltrail.query.web.KnownAt;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages across departments: the directory with each year at a glance, and the tracker. */
@Controller
class DepartmentPages {

  private final DepartmentRepository departments;
  private final BudgetYearBookRepository years;
  private final YearFiguresReader reader;
  private final Assessor assessor;
  private final SupplementaryTracker tracker;
  private final AsOfDate asOfDate;
  private final PageTimes times;

  DepartmentPages(
      DepartmentRepository departments,
      BudgetYearBookRepository years,
      YearFiguresReader reader,
      Assessor assessor,
      SupplementaryTracker tracker,
      AsOfDate asOfDate,
      PageTimes times) {
    this.departments = departments;
    this.years = years;
    this.reader = reader;
    this.assessor = assessor;
    this.tracker = tracker;
    this.asOfDate = asOfDate;
    this.times = times;
  }

  /** Auditors and admins start with every department; a recorder, who reads only its own, with the import. */
  @GetMapping("/")
  String home(HttpServletRequest request) {
    return request.isUserInRole(Role.AUDITOR.name()) || request.isUserInRole(Role.ADMIN.name())
        ? "redirect:/departments"
        : "redirect:/import";
  }

  /** Every department, with one row per year some fact has reached (latest first). */
  @GetMapping("/departments")
  String departments(@RequestParam(required = false) String asOf, Model model) {
    LocalDate date = asOfDate.parse(asOf);
    Map<String, List<BudgetYearId>> opened = years.openedYears().stream()
        .sorted(Comparator.comparing(BudgetYearId::year).reversed())
        .collect(Collectors.groupingBy(y -> y.department().value()));
    List<DepartmentRow> rows = departments.findAll().stream()
        .flatMap(d -> opened.containsKey(d.code())
            ? opened.get(d.code()).stream().map(y -> new DepartmentRow(d, yearAtAGlance(y, date)))
            : Stream.of(new DepartmentRow(d, null)))
        .toList();
    model.addAttribute("asOf", date.toString());
    model.addAttribute("rows", rows);
    return "departments";
  }

  /** The tracker across departments for a year (by default the latest year any department opened). */
  @GetMapping("/supplementary-allocations")
  String supplementaryAllocations(
      @RequestParam(required = false) String year, @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAt, Model model) {
    LocalDate date = asOfDate.parse(asOf);
    String known = times.instant("knownAt", knownAt);
    Integer shown = year == null || year.isBlank()
        ? years.openedYears().stream().map(BudgetYearId::year).max(Integer::compare).orElse(date.getYear())
        : parseYear(year);
    model.addAttribute("year", shown);
    model.addAttribute("asOf", date.toString());
    model.addAttribute("knownAt", known);
    model.addAttribute("knownAtPicker", times.picker(KnownAt.parse(known)));
    model.addAttribute("years", tracker.acrossDepartments(shown, date, KnownAt.parse(known)).stream()
        .map(y -> new TrackedYear(y, new YearLinks(y.department(), y.year(), date.toString(), known)))
        .toList());
    return "supplementary-allocations";
  }

  private YearAtAGlance yearAtAGlance(BudgetYearId year, LocalDate asOf) {
    Assessment assessment = assessor.assess(reader.read(year, asOf));
    Indicator share = assessment.indicators().get(SUPPLEMENTARY_SHARE);
    return new YearAtAGlance(
        year.year(),
        assessment.figures().value(APPROPRIATION_TOTAL).money(),
        share,
        assessment.figures().value(EXPENDITURE_TOTAL).money(),
        assessment.findings().size(),
        new YearLinks(year.department().value(), year.year(), asOf.toString(), null));
  }

  private static int parseYear(String year) {
    try {
      return Integer.parseInt(year);
    } catch (NumberFormatException e) {
      throw new InvalidParameter("year", "must be a year such as 2022: " + year);
    }
  }

  record TrackedYear(YearAllocations allocations, YearLinks links) {}

  /** A department and one of its years; {@code year} is null when no fact has reached any. */
  record DepartmentRow(DepartmentView department, YearAtAGlance year) {}

  record YearAtAGlance(
      int year,
      Money appropriated,
      Indicator supplementaryShare,
      Money spent,
      int findings,
      YearLinks links) {}
}
