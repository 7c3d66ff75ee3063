package io.fiscaltrail.access.account;

import io.fiscaltrail.access.DepartmentAuthority;
import io.fiscaltrail.access.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Signs in against the stored accounts: roles and assigned departments become authorities. */
public class AccountUserDetailsService implements UserDetailsService {

  private final AccountStore store;

  public AccountUserDetailsService(AccountStore store) {
    this.store = store;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    Account account = store.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    List<GrantedAuthority> authorities = new ArrayList<>();
    account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).forEach(authorities::add);
    account.departments().stream().map(DepartmentAuthority::of).forEach(authorities::add);
    return User.withUsername(account.username()).password(account.passwordHash()).authorities(authorities).build();
  }
}
