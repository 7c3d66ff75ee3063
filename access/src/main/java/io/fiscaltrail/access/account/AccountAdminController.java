package io.fiscaltrail.access.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Account administration for ADMIN (the filter chain lets no one else reach {@code /api/admin/**}). */
@RestController
public class AccountAdminController {

  private final Accounts accounts;
  private final AccountChanges changes;

  AccountAdminController(Accounts accounts, AccountChanges changes) {
    this.accounts = accounts;
    this.changes = changes;
  }

  @GetMapping("/api/admin/accounts")
  List<AccountView> all() {
    return accounts.all();
  }

  @GetMapping("/api/admin/accounts/{username}")
  AccountView one(@PathVariable String username) {
    return accounts.find(username).orElseThrow(() -> AccountRefused.notFound(username));
  }

  @PostMapping(path = "/api/admin/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<AccountView> create(@RequestBody JsonNode body, Principal actor) {
    AccountView created = accounts.create(actor.getName(), AccountRequest.forCreation(body));
    return ResponseEntity.created(URI.create("/api/admin/accounts/" + created.username())).body(created);
  }

  @PutMapping(path = "/api/admin/accounts/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
  AccountView update(@PathVariable String username, @RequestBody JsonNode body, Principal actor) {
    return accounts.update(actor.getName(), AccountRequest.forUpdate(username, body));
  }

  @DeleteMapping("/api/admin/accounts/{username}")
  ResponseEntity<Void> delete(@PathVariable String username, Principal actor) {
    accounts.delete(actor.getName(), username);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/admin/account-changes")
  List<AccountChange> changes() {
    return changes.all();
  }

  @ExceptionHandler(AccountRefused.class)
  ProblemDetail refused(AccountRefused e) {
    return problem(e.status(), e.getMessage(), e.problems());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    FieldProblem problem = new FieldProblem("body", "is not a JSON object");
    return problem(HttpStatus.BAD_REQUEST, "body: " + problem.reason(), List.of(problem));
  }

  private static ProblemDetail problem(HttpStatus status, String detail, List<FieldProblem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:fiscaltrail:problem:" + (status == HttpStatus.BAD_REQUEST
        ? "invalid-input" : status.getReasonPhrase().toLowerCase().replace(' ', '-'))));
    problem.setTitle(status.getReasonPhrase());
    problem.setProperty("errors", problems.stream().map(p -> Map.of("field", p.field(), "reason", p.reason())).toList());
    return problem;
  }
}
