package io.fiscaltrail.command.web;

import io.fiscaltrail.command.RejectedCommand;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every refusal into an RFC 9457 problem (application/problem+json) that names the field and
 * the reason, in an {@code errors} list a script can read.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

  @ExceptionHandler(InvalidInput.class)
  ProblemDetail invalidInput(InvalidInput e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage(), e.problems());
  }

  @ExceptionHandler(RejectedCommand.class)
  ProblemDetail rejected(RejectedCommand e) {
    HttpStatus status =
        switch (e.rejection()) {
          case INVALID -> HttpStatus.BAD_REQUEST;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case CONFLICT -> HttpStatus.CONFLICT;
        };
    return problem(
        status,
        e.rejection().name().toLowerCase().replace('_', '-'),
        status.getReasonPhrase(),
        e.field() + ": " + e.reason(),
        List.of(new FieldProblem(e.field(), e.reason())));
  }

  @ExceptionHandler(AggregateNotFoundException.class)
  ProblemDetail unknownStream(AggregateNotFoundException e) {
    return problem(
        HttpStatus.NOT_FOUND,
        "not-found",
        "Not Found",
        "nothing is recorded for " + e.getAggregateIdentifier(),
        List.of(new FieldProblem("path", "nothing is recorded for " + e.getAggregateIdentifier())));
  }

  @ExceptionHandler(ConcurrencyException.class)
  ProblemDetail concurrentChange(ConcurrencyException e) {
    return problem(
        HttpStatus.CONFLICT,
        "concurrent-change",
        "Concurrent change",
        "another change to the same stream was stored first; retry the request",
        List.of());
  }

  @Override
  protected org.springframework.http.ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      org.springframework.http.HttpHeaders headers,
      org.springframework.http.HttpStatusCode status,
      org.springframework.web.context.request.WebRequest request) {
    String reason = "is not valid JSON: " + rootMessage(e);
    ProblemDetail body =
        problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", "body: " + reason,
            List.of(new FieldProblem("body", reason)));
    return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
  }

  static ProblemDetail problem(
      HttpStatus status, String type, String title, String detail, List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:fiscaltrail:problem:" + type));
    problem.setTitle(title);
    problem.setProperty(
        "errors",
        errors.stream().map(p -> Map.of("field", p.field(), "reason", p.reason())).toList());
    return problem;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    int detailStart = message.indexOf("\n");
    return detailStart < 0 ? message : message.substring(0, detailStart);
  }
}
