package io.fiscaltrail.access.account;

import io.fiscaltrail.access.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The accounts the configuration asks for, made to exist before the web server takes a request:
 * the demo accounts when enabled, and {@code admin} with {@code FISCALTRAIL_ADMIN_PASSWORD} when
 * set (a real password wins over the demo one). With neither, no one could ever sign in, and
 * the service refuses to start.
 */
public class AccountBootstrap implements SmartInitializingSingleton {

  public static final String ADMIN_PASSWORD_VARIABLE = "FISCALTRAIL_ADMIN_PASSWORD";
  public static final String ADMIN_PASSWORD_PROPERTY = "fiscaltrail.security.admin-password";
  static final String ADMIN = "admin";
  static final String ACTOR = "configuration";

  private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

  private final Accounts accounts;
  private final String adminPassword;
  private final boolean demoAccounts;

  /** @throws NoAdminPassword when neither an admin password nor the demo accounts are configured */
  public AccountBootstrap(Accounts accounts, String adminPassword, boolean demoAccounts) {
    if ((adminPassword == null || adminPassword.isBlank()) && !demoAccounts) {
      throw new NoAdminPassword();
    }
    this.accounts = accounts;
    this.adminPassword = adminPassword == null || adminPassword.isBlank() ? null : adminPassword;
    this.demoAccounts = demoAccounts;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (demoAccounts) {
      DemoAccounts.ALL.stream()
          .filter(demo -> adminPassword == null || !demo.username().equals(ADMIN))
          .forEach(demo -> accounts.ensurePublished(ACTOR, demo.username(), demo.password(), demo.roles(), demo.departments()));
      log.warn("""

          ****************************************************************************
          *  DEMO ACCOUNTS ARE ENABLED ({}=true).
          *  Anyone can sign in with the published passwords:
          *  admin/admin-demo, auditor/auditor-demo, recorder/recorder-demo.
          *  Never use them with real data.
          ****************************************************************************""",
          DemoAccounts.PROPERTY);
    }
    if (adminPassword != null) {
      accounts.ensure(ACTOR, ADMIN, adminPassword, Set.of(Role.ADMIN), Set.of());
      log.info("account {} has the password from {}", ADMIN, ADMIN_PASSWORD_VARIABLE);
    }
  }

  /** Why the service does not start: no one could sign in. */
  public static class NoAdminPassword extends IllegalStateException {

    NoAdminPassword() {
      super("No administrator password: set the environment variable " + ADMIN_PASSWORD_VARIABLE
          + " (or the property " + ADMIN_PASSWORD_PROPERTY + ") to create the account '" + ADMIN
          + "', or enable the demo accounts (--demo, or " + DemoAccounts.PROPERTY + "=true) for a demonstration.");
    }
  }
}
