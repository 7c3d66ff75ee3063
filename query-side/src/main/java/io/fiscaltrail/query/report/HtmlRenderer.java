package io.fiscaltrail.query.report;

import io.fiscaltrail.query.report.Report.Block;
import io.fiscaltrail.query.report.Report.FigureText;
import io.fiscaltrail.query.report.Report.Inline;
import io.fiscaltrail.query.report.Report.Items;
import io.fiscaltrail.query.report.Report.Paragraph;
import io.fiscaltrail.query.report.Report.Section;
import io.fiscaltrail.query.report.Report.Table;
import io.fiscaltrail.query.report.Report.Text;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/** The report as a plain HTML page in which every figure links to the events behind it. */
final class HtmlRenderer {

  private final Report report;
  private final StringBuilder html = new StringBuilder();

  private HtmlRenderer(Report report) {
    this.report = report;
  }

  static String render(Report report) {
    return new HtmlRenderer(report).page();
  }

  private String page() {
    html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
        .append(escape(report.title()))
        .append("</title>\n</head>\n<body>\n<h1>")
        .append(escape(report.title()))
        .append("</h1>\n<p>");
    inline(report.subtitle());
    html.append("</p>\n");
    for (Section section : report.sections()) {
      html.append("<h").append(section.level()).append('>').append(escape(section.heading()))
          .append("</h").append(section.level()).append(">\n");
      section.blocks().forEach(this::block);
    }
    return html.append("</body>\n</html>\n").toString();
  }

  private void block(Block block) {
    if (block instanceof Paragraph p) {
      html.append("<p>");
      inline(p.parts());
      html.append("</p>\n");
    } else if (block instanceof Items items) {
      html.append("<ol>\n");
      for (List<Inline> item : items.items()) {
        html.append("<li>");
        inline(item);
        html.append("</li>\n");
      }
      html.append("</ol>\n");
    } else {
      table((Table) block);
    }
  }

  private void table(Table table) {
    html.append("<table border=\"1\">\n<thead><tr>");
    table.header().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (List<List<Inline>> row : table.rows()) {
      html.append("<tr>");
      for (List<Inline> cell : row) {
        html.append("<td>");
        inline(cell);
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private void inline(List<Inline> parts) {
    for (Inline part : parts) {
      if (part instanceof FigureText f) {
        html.append("<a href=\"").append(escape(traceOf(f.figure()))).append("\">")
            .append(escape(f.text())).append("</a>");
      } else {
        html.append(escape(((Text) part).text()));
      }
    }
  }

  /** The trace of a figure read on the report's date and recorded time, as the report was. */
  private String traceOf(String figure) {
    UriComponentsBuilder trace = UriComponentsBuilder.fromPath("/api/departments/{code}/years/{year}/trace")
        .queryParam("figure", figure)
        .queryParam("asOf", report.asOf());
    report.knownAt().ifPresent(knownAt -> trace.queryParam("knownAt", knownAt));
    return trace.buildAndExpand(report.department(), report.year()).encode().toUriString();
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
