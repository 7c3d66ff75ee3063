package io.fiscaltrail.access.account;

import io.fiscaltrail.access.Role;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A stored account: its username, the bcrypt hash of its password (never the password), its roles
 * and, for a recorder, the departments it records for.
 */
public record Account(String username, String passwordHash, SortedSet<Role> roles, SortedSet<String> departments) {

  public Account {
    roles = new TreeSet<>(roles);
    departments = new TreeSet<>(departments);
  }

  public static Account of(String username, String passwordHash, Set<Role> roles, Set<String> departments) {
    return new Account(username, passwordHash, new TreeSet<>(roles), new TreeSet<>(departments));
  }

  Account withPasswordHash(String hash) {
    return new Account(username, hash, roles, departments);
  }

  /** What the account administration shows: everything but the hash. */
  AccountView view() {
    return new AccountView(username, List.copyOf(roles), List.copyOf(departments));
  }
}
