package io.fiscaltrail.query.budget;

/**
 * A running figure of a fiscal year, kept per effective date. The key is how it is stored in the
 * read model.
 */
public enum Figure {
  INITIAL("initial"),
  SUPPLEMENTARY("supplementary"),
  REDUCTIONS("reductions"),
  SPENT("spent");

  private final String key;

  Figure(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
