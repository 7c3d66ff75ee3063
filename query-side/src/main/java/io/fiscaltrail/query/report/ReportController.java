package io.fiscaltrail.query.report;

import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.findings.Assessment;
import io.fiscaltrail.query.findings.Assessor;
import io.fiscaltrail.query.web.InvalidParameter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation report as Markdown or HTML: {@code format} decides; without it the Accept header
 * does (text/html gets HTML), and Markdown is the default.
 */
@RestController
class ReportController {

  static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final YearFiguresReader reader;
  private final Assessor assessor;

  ReportController(YearFiguresReader reader, Assessor assessor) {
    this.reader = reader;
    this.assessor = assessor;
  }

  @GetMapping("/api/departments/{code}/years/{year}/report")
  ResponseEntity<String> report(
      @PathVariable String code,
      @PathVariable int year,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAt,
      @RequestParam(required = false) String format,
      @RequestHeader(name = "Accept", required = false) String accept) {
    MediaType type = mediaType(format, accept);
    Assessment assessment = assessor.assess(reader.read(code, year, asOf, knownAt));
    Report report = ReportWriter.write(assessment);
    String body = type.equals(HTML) ? HtmlRenderer.render(report) : MarkdownRenderer.render(report);
    return ResponseEntity.ok().contentType(type).body(body);
  }

  private static MediaType mediaType(String format, String accept) {
    if (format != null) {
      return switch (format) {
        case "markdown", "md" -> MARKDOWN;
        case "html" -> HTML;
        default -> throw new InvalidParameter("format", "must be markdown or html: " + format);
      };
    }
    return prefersHtml(accept) ? HTML : MARKDOWN;
  }

  private static boolean prefersHtml(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    try {
      List<MediaType> accepted = MediaType.parseMediaTypes(accept);
      MimeTypeUtils.sortBySpecificity(accepted);
      return accepted.stream()
          .filter(t -> t.isCompatibleWith(MediaType.TEXT_HTML) || t.isCompatibleWith(MARKDOWN))
          .findFirst()
          .map(t -> t.getSubtype().equals("html"))
          .orElse(false);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
