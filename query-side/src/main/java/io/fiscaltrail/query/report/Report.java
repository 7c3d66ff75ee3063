package io.fiscaltrail.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The evaluation report as a document, independent of how it is rendered: headed sections of
 * paragraphs, tables and numbered items, whose figures keep their codes so that a renderer can
 * link each one to its trace as of the same date and recorded time.
 *
 * @param knownAt the recorded time the books were cut to, if any
 */
public record Report(
    String department,
    int year,
    LocalDate asOf,
    Optional<Instant> knownAt,
    String title,
    List<Inline> subtitle,
    List<Section> sections) {

  public record Section(int level, String heading, List<Block> blocks) {}

  public sealed interface Block permits Paragraph, Table, Items {}

  public record Paragraph(List<Inline> parts) implements Block {}

  public record Table(List<String> header, List<List<List<Inline>>> rows) implements Block {}

  public record Items(List<List<Inline>> items) implements Block {}

  public sealed interface Inline permits Text, FigureText {}

  public record Text(String text) implements Inline {}

  /** A printed figure and the code of the figure it is. */
  public record FigureText(String text, String figure) implements Inline {}
}
