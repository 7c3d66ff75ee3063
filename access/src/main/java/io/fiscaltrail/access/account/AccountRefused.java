package io.fiscaltrail.access.account;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/** An account request refused before anything was stored: bad input, a taken name, no such account. */
class AccountRefused extends RuntimeException {

  private final HttpStatus status;
  private final List<FieldProblem> problems;

  AccountRefused(HttpStatus status, List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; ")));
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  static AccountRefused notFound(String username) {
    return new AccountRefused(HttpStatus.NOT_FOUND, List.of(new FieldProblem("username", "no account is named " + username)));
  }

  static AccountRefused taken(String username) {
    return new AccountRefused(HttpStatus.CONFLICT, List.of(new FieldProblem("username", "an account named " + username + " exists")));
  }

  HttpStatus status() {
    return status;
  }

  List<FieldProblem> problems() {
    return problems;
  }
}
