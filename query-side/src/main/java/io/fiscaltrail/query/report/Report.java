package io.fiscaltrail.query.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The evaluation report as a document, independent of how it is rendered: headed sections of
 * paragraphs, tables and numbered items, whose figures keep their codes so that a renderer can
 * link each one to its trace.
 */
record Report(
    String department,
    int year,
    LocalDate asOf,
    String title,
    List<Inline> subtitle,
    List<Section> sections) {

  record Section(int level, String heading, List<Block> blocks) {}

  sealed interface Block permits Paragraph, Table, Items {}

  record Paragraph(List<Inline> parts) implements Block {}

  record Table(List<String> header, List<List<List<Inline>>> rows) implements Block {}

  record Items(List<List<Inline>> items) implements Block {}

  sealed interface Inline permits Text, FigureText {}

  record Text(String text) implements Inline {}

  /** A printed figure and the code of the figure it is. */
  record FigureText(String text, String figure) implements Inline {}
}
