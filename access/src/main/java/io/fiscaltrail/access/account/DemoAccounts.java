package io.fiscaltrail.access.account;

import io.fiscaltrail.access.Role;
import java.util.List;
import java.util.Set;

/**
 * The accounts of a demonstration ({@code fiscaltrail.security.demo-accounts=true}, switched on by
 * the all-in-one application's {@code --demo}): well-known passwords, never for real data.
 */
public final class DemoAccounts {

  public static final String PROPERTY = "fiscaltrail.security.demo-accounts";

  public static final DemoAccount ADMIN = new DemoAccount("admin", "admin-demo", Set.of(Role.ADMIN), Set.of());
  public static final DemoAccount AUDITOR = new DemoAccount("auditor", "auditor-demo", Set.of(Role.AUDITOR), Set.of());
  public static final DemoAccount RECORDER =
      new DemoAccount("recorder", "recorder-demo", Set.of(Role.RECORDER), Set.of("beita-union"));

  public static final List<DemoAccount> ALL = List.of(ADMIN, AUDITOR, RECORDER);

  private DemoAccounts() {}

  public record DemoAccount(String username, String password, Set<Role> roles, Set<String> departments) {}
}
