package io.fiscaltrail.query.findings;

import io.fiscaltrail.query.figures.FigureDefinition;
import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.findings.FindingView.Amount;
import io.fiscaltrail.query.indicators.Indicator;
import io.fiscaltrail.query.trace.FigureTrace;
import io.fiscaltrail.query.trace.TraceEntry;
import io.fiscaltrail.query.trace.YearTrace;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FindingsController {

  private final YearFiguresReader reader;
  private final Assessor assessor;
  private final FigureTrace trace;

  FindingsController(YearFiguresReader reader, Assessor assessor, FigureTrace trace) {
    this.reader = reader;
    this.assessor = assessor;
    this.trace = trace;
  }

  @GetMapping("/api/departments/{code}/years/{year}/findings")
  List<FindingView> findings(
      @PathVariable String code, @PathVariable int year, @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAt) {
    Assessment assessment = assessor.assess(reader.read(code, year, asOf, knownAt));
    YearTrace events = trace.of(assessment.figures());
    return assessment.findings().stream().map(f -> view(assessment, events, f)).toList();
  }

  private static FindingView view(Assessment assessment, YearTrace events, Finding finding) {
    Map<String, Amount> figures = new LinkedHashMap<>();
    Set<String> eventIds = new LinkedHashSet<>();
    for (String code : finding.figures()) {
      Optional<Indicator> indicator = assessment.indicators().find(code);
      if (indicator.isPresent()) {
        figures.put(code, new Amount(indicator.get().percent().map(p -> p.toPlainString()).orElse(null), "%"));
        Stream.of(indicator.get().definition().numerator(), indicator.get().definition().denominator())
            .filter(Objects::nonNull)
            .forEach(figure -> eventIds.addAll(eventsBehind(assessment, events, figure)));
      } else {
        FigureDefinition definition = assessment.figures().definition(code);
        figures.put(code, new Amount(
            assessment.figures().value(code).value().toPlainString(), definition.unit()));
        eventIds.addAll(eventsBehind(assessment, events, code));
      }
    }
    return new FindingView(finding.code(), finding.severity(), finding.message(), figures, List.copyOf(eventIds));
  }

  private static List<String> eventsBehind(Assessment assessment, YearTrace events, String figure) {
    return assessment.figures().find(figure).stream()
        .flatMap(definition -> events.entries(definition).stream())
        .map(TraceEntry::id)
        .toList();
  }
}
