package io.fiscaltrail.query.web;

/** A read of something the read model does not know. */
public class NotFound extends RuntimeException {

  private final String field;

  public NotFound(String field, String reason) {
    super(reason);
    this.field = field;
  }

  public static NotFound department(String code) {
    return new NotFound("code", "no department has the code " + code);
  }

  public String field() {
    return field;
  }
}
