package io.fiscaltrail.access.account;

import io.fiscaltrail.access.Role;
import java.time.Instant;
import java.util.List;

/**
 * One change to an account, as the append-only {@code accountchanges} collection keeps it: who
 * changed which account, when, how, and the roles and departments it had afterwards. Passwords
 * and hashes are never recorded, only that the password was set.
 */
public record AccountChange(
    Instant at,
    String actor,
    Action action,
    String username,
    List<Role> roles,
    List<String> departments,
    boolean passwordSet) {

  public enum Action {
    CREATED,
    UPDATED,
    DELETED
  }
}
