package io.fiscaltrail.query.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refused reads as RFC 9457 problems naming the parameter and the reason. It comes before Spring's
 * own problem-details handler, which would answer a mistyped parameter without naming it. Only the
 * JSON routes answer problems; the pages show an error page of their own.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryProblems {

  @ExceptionHandler(NotFound.class)
  ProblemDetail notFound(NotFound e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", e.field(), e.getMessage());
  }

  @ExceptionHandler(InvalidParameter.class)
  ProblemDetail invalid(InvalidParameter e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-input", e.parameter(), e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mistyped(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-input", e.getName(), "cannot read " + e.getValue());
  }

  private static ProblemDetail problem(HttpStatus status, String type, String field, String reason) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + ": " + reason);
    problem.setType(URI.create("urn:fiscaltrail:problem:" + type));
    problem.setTitle(status.getReasonPhrase());
    problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
    return problem;
  }
}
