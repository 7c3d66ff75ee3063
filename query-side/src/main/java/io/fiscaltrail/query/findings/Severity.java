package io.fiscaltrail.query.findings;

/** How much a finding matters, with the word the report prints for it. */
public enum Severity {
  /** Money without a basis, or a filed figure the events contradict. */
  ERROR("严重"),
  /** A weakness the department should correct. */
  WARNING("关注"),
  /** Worth knowing; nothing is wrong by itself. */
  INFO("提示");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
