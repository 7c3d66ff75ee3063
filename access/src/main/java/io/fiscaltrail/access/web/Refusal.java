package io.fiscaltrail.access.web;

import org.springframework.security.authorization.AuthorizationDecision;

/** A refusal that says which field of the request (path, body) it is about and why. */
public class Refusal extends AuthorizationDecision {

  private final String field;
  private final String reason;

  public Refusal(String field, String reason) {
    super(false);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
