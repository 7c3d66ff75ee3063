package io.fiscaltrail.access;

import io.fiscaltrail.access.web.Refusal;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Access to one department, named by the {@code {code}} of the request's path: the listed roles
 * for every department, a recorder for the departments assigned to its account.
 */
final class DepartmentAccess implements AuthorizationManager<RequestAuthorizationContext> {

  private final Role[] everyDepartment;

  private DepartmentAccess(Role... everyDepartment) {
    this.everyDepartment = everyDepartment;
  }

  /** Reads of a department: ADMIN and AUDITOR everywhere, a recorder in its departments. */
  static DepartmentAccess readers() {
    return new DepartmentAccess(Role.ADMIN, Role.AUDITOR);
  }

  /** Financial writes of a department: ADMIN everywhere, a recorder in its departments. */
  static DepartmentAccess recorders() {
    return new DepartmentAccess(Role.ADMIN);
  }

  @Override
  public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
    Authentication who = authentication.get();
    if (who == null || !who.isAuthenticated()) {
      return new AuthorizationDecision(false);
    }
    if (Arrays.stream(everyDepartment).anyMatch(role -> DepartmentAuthority.hasRole(who, role))) {
      return new AuthorizationDecision(true);
    }
    String code = context.getVariables().get("code");
    if (!DepartmentAuthority.hasRole(who, Role.RECORDER)) {
      return new Refusal("authorization", "the account's roles do not allow " + context.getRequest().getMethod()
          + " " + context.getRequest().getRequestURI());
    }
    if (code == null || !DepartmentAuthority.departmentsOf(who).contains(code)) {
      return new Refusal("department", "the account does not record for " + code);
    }
    return new AuthorizationDecision(true);
  }
}
