package io.fiscaltrail.access.account;

import io.fiscaltrail.access.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates, changes and deletes accounts. Passwords are stored only as bcrypt hashes; every change
 * is recorded in the trail with the account that made it.
 */
public class Accounts {

  /**
   * Hashes for passwords everyone knows (the demo accounts): a slow hash protects nothing there,
   * so the cheapest bcrypt keeps each sign-in fast. Verified by the same encoder as every hash.
   */
  public static final PasswordEncoder PUBLISHED_PASSWORDS =
      new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));

  private final AccountStore store;
  private final AccountChanges changes;
  private final PasswordEncoder passwords;
  private final Clock clock;

  public Accounts(AccountStore store, AccountChanges changes, PasswordEncoder passwords, Clock clock) {
    this.store = store;
    this.changes = changes;
    this.passwords = passwords;
    this.clock = clock;
  }

  public List<AccountView> all() {
    return store.all().stream().map(Account::view).toList();
  }

  public Optional<AccountView> find(String username) {
    return store.find(username).map(Account::view);
  }

  AccountView create(String actor, AccountRequest request) {
    if (store.find(request.username()).isPresent()) {
      throw AccountRefused.taken(request.username());
    }
    Account account = Account.of(request.username(), passwords.encode(request.password()), request.roles(), request.departments());
    store.save(account);
    record(actor, AccountChange.Action.CREATED, account, true);
    return account.view();
  }

  AccountView update(String actor, AccountRequest request) {
    Account existing = store.find(request.username()).orElseThrow(() -> AccountRefused.notFound(request.username()));
    String hash = request.password() == null ? existing.passwordHash() : passwords.encode(request.password());
    Account account = Account.of(request.username(), hash, request.roles(), request.departments());
    store.save(account);
    record(actor, AccountChange.Action.UPDATED, account, request.password() != null);
    return account.view();
  }

  void delete(String actor, String username) {
    Account existing = store.find(username).orElseThrow(() -> AccountRefused.notFound(username));
    store.delete(username);
    record(actor, AccountChange.Action.DELETED, existing, false);
  }

  /**
   * Makes an account exist with this password, these roles and departments, as the configuration
   * at start says; nothing is stored or recorded when it already does.
   */
  public void ensure(String actor, String username, String password, Set<Role> roles, Set<String> departments) {
    ensure(actor, username, password, roles, departments, passwords);
  }

  /** As {@link #ensure}, for a published password: hashed with {@link #PUBLISHED_PASSWORDS}. */
  public void ensurePublished(String actor, String username, String password, Set<Role> roles, Set<String> departments) {
    ensure(actor, username, password, roles, departments, PUBLISHED_PASSWORDS);
  }

  private void ensure(String actor, String username, String password, Set<Role> roles, Set<String> departments,
      PasswordEncoder hashing) {
    Optional<Account> existing = store.find(username);
    boolean samePassword = existing.map(a -> passwords.matches(password, a.passwordHash())).orElse(false);
    boolean sameRights = existing.map(a -> a.roles().equals(Set.copyOf(roles)) && a.departments().equals(Set.copyOf(departments)))
        .orElse(false);
    if (samePassword && sameRights) {
      return;
    }
    String hash = samePassword ? existing.get().passwordHash() : hashing.encode(password);
    Account account = Account.of(username, hash, roles, departments);
    store.save(account);
    record(actor, existing.isPresent() ? AccountChange.Action.UPDATED : AccountChange.Action.CREATED, account, !samePassword);
  }

  private void record(String actor, AccountChange.Action action, Account account, boolean passwordSet) {
    changes.record(new AccountChange(clock.instant(), actor, action, account.username(),
        List.copyOf(account.roles()), List.copyOf(account.departments()), passwordSet));
  }
}
