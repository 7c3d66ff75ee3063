package io.fiscaltrail.query.findings;

import java.util.List;

/**
 * What a rule found, in Chinese, and the figures and indicators (by code) it rests on; the events
 * behind it are those behind these figures.
 */
public record Finding(String code, Severity severity, String message, List<String> figures) {

  public Finding {
    figures = List.copyOf(figures);
  }
}
