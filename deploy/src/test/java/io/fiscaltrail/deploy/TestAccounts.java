package io.fiscaltrail.deploy;

import io.fiscaltrail.access.account.DemoAccounts;
import io.fiscaltrail.access.account.DemoAccounts.DemoAccount;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;

/**
 * How tests sign in: with the demo accounts, by HTTP Basic, as a script does. A test starts the
 * application with {@link #DEMO_ACCOUNTS} (or {@code --demo}, which implies it) and takes its
 * client from {@link #admin} (or another role).
 */
public final class TestAccounts {

  /** For {@code @SpringBootTest(properties = …)}; prefix {@code --} for a child process. */
  public static final String DEMO_ACCOUNTS = DemoAccounts.PROPERTY + "=true";

  /** For a child process: {@code FISCALTRAIL_ADMIN_PASSWORD} as a real deployment sets it. */
  public static final String ADMIN_PASSWORD = "test-admin-password";

  private TestAccounts() {}

  public static TestRestTemplate admin(TestRestTemplate anonymous) {
    return as(DemoAccounts.ADMIN, anonymous);
  }

  public static TestRestTemplate auditor(TestRestTemplate anonymous) {
    return as(DemoAccounts.AUDITOR, anonymous);
  }

  /** The recorder of {@code beita-union}. */
  public static TestRestTemplate recorder(TestRestTemplate anonymous) {
    return as(DemoAccounts.RECORDER, anonymous);
  }

  public static TestRestTemplate as(DemoAccount account, TestRestTemplate anonymous) {
    return anonymous.withBasicAuth(account.username(), account.password());
  }

  /** The Authorization header of the demo admin, for clients other than TestRestTemplate. */
  public static String adminAuthorization() {
    return authorization(DemoAccounts.ADMIN);
  }

  public static String authorization(DemoAccount account) {
    return authorization(account.username(), account.password());
  }

  public static String authorization(String username, String password) {
    return "Basic " + HttpHeaders.encodeBasicAuth(username, password, null);
  }
}
