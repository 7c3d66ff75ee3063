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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The report as Markdown: figures as plain text, tables as pipe tables. */
final class MarkdownRenderer {

  private MarkdownRenderer() {}

  static String render(Report report) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(escape(report.title())).append("\n\n");
    md.append(inline(report.subtitle())).append("\n\n");
    for (Section section : report.sections()) {
      md.append("#".repeat(section.level())).append(' ').append(escape(section.heading())).append("\n\n");
      for (Block block : section.blocks()) {
        md.append(block(block)).append("\n\n");
      }
    }
    return md.toString().stripTrailing() + "\n";
  }

  private static String block(Block block) {
    if (block instanceof Paragraph p) {
      return inline(p.parts());
    }
    if (block instanceof Items items) {
      StringBuilder md = new StringBuilder();
      for (int i = 0; i < items.items().size(); i++) {
        md.append(i + 1).append(". ").append(inline(items.items().get(i))).append('\n');
      }
      return md.toString().stripTrailing();
    }
    Table table = (Table) block;
    StringBuilder md = new StringBuilder();
    md.append(row(table.header().stream().map(MarkdownRenderer::escape).toList())).append('\n');
    md.append(row(table.header().stream().map(h -> "---").toList())).append('\n');
    for (List<List<Inline>> cells : table.rows()) {
      md.append(row(cells.stream().map(MarkdownRenderer::inline).toList())).append('\n');
    }
    return md.toString().stripTrailing();
  }

  private static String row(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  private static String inline(List<Inline> parts) {
    return parts.stream().map(MarkdownRenderer::inline).collect(Collectors.joining());
  }

  private static String inline(Inline part) {
    return escape(part instanceof FigureText f ? f.text() : ((Text) part).text());
  }

  private static final Pattern MARKDOWN_SYNTAX = Pattern.compile("([\\\\`*|<>\\[\\]])");

  /** Keeps text that happens to contain Markdown syntax from being read as such. */
  private static String escape(String text) {
    return MARKDOWN_SYNTAX.matcher(text).replaceAll("\\\\$1").replace("\n", " ");
  }
}
