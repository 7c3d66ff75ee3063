package io.fiscaltrail.command;

import org.axonframework.common.AxonNonTransientException;

/**
 * A command the domain refuses, naming the input field at fault. Thrown before anything is
 * applied, so a refused command never appends an event. Non-transient: retrying cannot help.
 */
public class RejectedCommand extends AxonNonTransientException {

  /** Why the command was refused; the web layer turns each into its HTTP status. */
  public enum Cause {
    INVALID,
    NOT_FOUND,
    CONFLICT
  }

  private final Cause cause;
  private final String field;

  public RejectedCommand(Cause cause, String field, String reason) {
    super(reason);
    this.cause = cause;
    this.field = field;
  }

  public static RejectedCommand invalid(String field, String reason) {
    return new RejectedCommand(Cause.INVALID, field, reason);
  }

  public static RejectedCommand notFound(String field, String reason) {
    return new RejectedCommand(Cause.NOT_FOUND, field, reason);
  }

  public static RejectedCommand conflict(String field, String reason) {
    return new RejectedCommand(Cause.CONFLICT, field, reason);
  }

  public Cause rejection() {
    return cause;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return getMessage();
  }
}
