package io.fiscaltrail.access.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says why the service did not start, and what to set, instead of a stack trace. */
class NoAdminPasswordAnalyzer extends AbstractFailureAnalyzer<AccountBootstrap.NoAdminPassword> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AccountBootstrap.NoAdminPassword cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Start with FISCALTRAIL_ADMIN_PASSWORD=<a password of 8 or more characters> in the environment, "
            + "or, for a demonstration only, with --demo (all-in-one) or --" + DemoAccounts.PROPERTY + "=true.",
        cause);
  }
}
