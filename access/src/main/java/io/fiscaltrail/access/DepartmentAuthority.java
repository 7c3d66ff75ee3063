package io.fiscaltrail.access;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A department assigned to an account, carried as an authority ({@code DEPARTMENT_beita-union})
 * next to the roles, so that a stored account and a token from an identity provider are checked
 * the same way.
 */
public final class DepartmentAuthority {

  private static final String PREFIX = "DEPARTMENT_";

  private DepartmentAuthority() {}

  public static GrantedAuthority of(String department) {
    return new SimpleGrantedAuthority(PREFIX + department);
  }

  /** The departments an authenticated principal is assigned to. */
  public static Set<String> departmentsOf(Authentication authentication) {
    return departmentsIn(authentication.getAuthorities());
  }

  static Set<String> departmentsIn(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream()
        .map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(PREFIX))
        .map(authority -> authority.substring(PREFIX.length()))
        .collect(Collectors.toUnmodifiableSet());
  }

  public static boolean hasRole(Authentication authentication, Role role) {
    return authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
  }
}
