package io.fiscaltrail.command.web;

import com.mongodb.MongoException;
import io.fiscaltrail.command.RejectedCommand;
import java.util.List;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every refusal into an RFC 9457 problem (application/problem+json) that names the field and
 * the reason, in an {@code errors} list a script can read.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

  /** Seconds a client is asked to wait before retrying while the store is unreachable. */
  private static final String RETRY_AFTER_SECONDS = "5";

  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

  @ExceptionHandler(InvalidInput.class)
  ProblemDetail invalidInput(InvalidInput e) {
    return Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage(), e.problems());
  }

  @ExceptionHandler(RejectedCommand.class)
  ProblemDetail rejected(RejectedCommand e) {
    HttpStatus status =
        switch (e.rejection()) {
          case INVALID -> HttpStatus.BAD_REQUEST;
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case CONFLICT -> HttpStatus.CONFLICT;
        };
    return Problems.of(
        status,
        e.rejection().name().toLowerCase().replace('_', '-'),
        status.getReasonPhrase(),
        e.field() + ": " + e.reason(),
        List.of(new FieldProblem(e.field(), e.reason())));
  }

  @ExceptionHandler(AggregateNotFoundException.class)
  ProblemDetail unknownStream(AggregateNotFoundException e) {
    return Problems.of(HttpStatus.NOT_FOUND, "not-found", "path", "nothing is recorded for " + e.getAggregateIdentifier());
  }

  @ExceptionHandler(ConcurrencyException.class)
  ProblemDetail concurrentChange(ConcurrencyException e) {
    return Problems.of(
        HttpStatus.CONFLICT,
        "concurrent-change",
        "Concurrent change",
        "another change to the same stream was stored first; retry the request",
        List.of());
  }

  /** The store failed: 503 when it is unreachable (retry later), 500 for anything else. */
  @ExceptionHandler({MongoException.class, AxonException.class})
  ResponseEntity<ProblemDetail> storeFailure(RuntimeException e) {
    if (StoreUnreachable.explains(e)) {
      log.warn("MongoDB is unreachable: {}", e.toString());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
          .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "store",
              "MongoDB cannot be reached; nothing was stored, retry later"));
    }
    log.error("A request failed in the store", e);
    return ResponseEntity.internalServerError()
        .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "store", "the store failed: " + e.getMessage()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String reason = "is not valid JSON: " + rootMessage(e);
    ProblemDetail body = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", "body: " + reason,
        List.of(new FieldProblem("body", reason)));
    return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    MediaType given = e.getContentType();
    String reason = "must be " + MediaType.toString(e.getSupportedMediaTypes())
        + (given == null ? " (none given)" : ", not " + given);
    return handleExceptionInternal(e,
        Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", HttpHeaders.CONTENT_TYPE, reason),
        headers, HttpStatus.UNSUPPORTED_MEDIA_TYPE, request);
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
