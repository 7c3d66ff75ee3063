package io.fiscaltrail.query.web;

/** A query parameter that cannot be read, naming the parameter. */
public class InvalidParameter extends RuntimeException {

  private final String parameter;

  public InvalidParameter(String parameter, String reason) {
    super(reason);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
