package io.fiscaltrail.access;

/**
 * What an account may do. ADMIN runs the service: departments, accounts, projections, and it may
 * record for any department (e.g. a department's history by import). RECORDER records the
 * financial facts of the departments assigned to the account, and reads only those. AUDITOR reads
 * everything and records audit notes, never financial facts.
 */
public enum Role {
  ADMIN,
  RECORDER,
  AUDITOR;

  /** The authority Spring Security checks, {@code ROLE_ADMIN} for ADMIN. */
  public String authority() {
    return "ROLE_" + name();
  }
}
