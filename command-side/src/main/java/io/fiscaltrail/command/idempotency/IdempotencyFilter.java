package io.fiscaltrail.command.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fiscaltrail.command.config.CommandSideProperties;
import io.fiscaltrail.command.origin.Origin;
import io.fiscaltrail.command.web.BufferedRequest;
import io.fiscaltrail.command.web.Problems;
import io.fiscaltrail.command.web.StoreUnreachable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@value #HEADER} on a write under {@code /api}: the first request with a key runs, and its 2xx
 * answer (status, body, Content-Type, Location) is kept; a repetition by the same account with the
 * same method, path, Content-Type and body gets that answer again, marked {@value #REPLAYED}, and
 * stores nothing; a repetition with anything else is refused with 422. A repetition that arrives
 * while the first is still running waits for its answer (up to {@code idempotency-wait}), then is
 * answered 409. A request that is refused or fails stored nothing, and releases its key.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 20) // after the body is buffered, with the user known
class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotency-Replayed";

  /** Letters, digits and {@code . _ : -}, up to 128: a UUID or a ULID fits; never an {@code @}. */
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Duration POLL = Duration.ofMillis(50);

  private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

  private final IdempotencyRecords records;
  private final ObjectMapper json;
  private final Duration wait;

  IdempotencyFilter(IdempotencyRecords records, ObjectMapper json, CommandSideProperties properties) {
    this.records = records;
    this.json = json;
    this.wait = properties.idempotencyWait();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getHeader(HEADER) == null
        || !WRITES.contains(request.getMethod())
        || !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    Optional<byte[]> body = BufferedRequest.bodyOf(request);
    if (!WELL_FORMED.matcher(key).matches() || body.isEmpty()) {
      refuse(response, HttpStatus.BAD_REQUEST, "invalid-input", body.isEmpty()
          ? "cannot be used on a multipart upload"
          : "must be 1 to 128 letters, digits or . _ : -");
      return;
    }
    String actor = actor();
    String id = key + "@" + actor;
    String fingerprint = fingerprint(request, body.get());
    try {
      Instant giveUp = Instant.now().plus(wait);
      while (!records.claim(id, actor, key, fingerprint)) {
        Optional<Document> earlier = records.find(id);
        if (earlier.isEmpty()) {
          continue; // released just now: claim it again
        }
        if (!fingerprint.equals(earlier.get().getString("fingerprint"))) {
          refuse(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
              "was already used for a different request (method, path, Content-Type or body); use a new key");
          return;
        }
        if ("answered".equals(earlier.get().getString("state"))) {
          replay(StoredAnswer.of(earlier.get()), response);
          return;
        }
        if (Instant.now().isAfter(giveUp)) {
          refuse(response, HttpStatus.CONFLICT, "idempotency-key-in-progress",
              "a request with this key started at " + earlier.get().getString("startedAt")
                  + " has not answered yet; retry later");
          return;
        }
        Thread.sleep(POLL.toMillis());
      }
    } catch (RuntimeException e) {
      if (!StoreUnreachable.explains(e)) {
        throw e;
      }
      Problems.write(response, json, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "store",
          "MongoDB cannot be reached; nothing was stored, retry later"));
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServletException("interrupted while waiting for an earlier request with the same key", e);
    }
    runFirst(id, request, response, chain);
  }

  private void runFirst(String id, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, answer);
    } catch (IOException | ServletException | RuntimeException failed) {
      releaseQuietly(id);
      throw failed;
    }
    if (HttpStatus.valueOf(answer.getStatus()).is2xxSuccessful()) {
      keepQuietly(id, new StoredAnswer(answer.getStatus(), answer.getContentType(),
          answer.getHeader(HttpHeaders.LOCATION), answer.getContentAsByteArray()));
    } else {
      releaseQuietly(id);
    }
    answer.copyBodyToResponse();
  }

  /**
   * The request's events are stored; if its answer cannot be kept, the key stays claimed, so that a
   * repetition is answered 409 rather than storing the events twice.
   */
  private void keepQuietly(String id, StoredAnswer stored) {
    try {
      records.keep(id, stored);
    } catch (RuntimeException e) {
      log.error("The answer of idempotent request {} could not be kept; its repetitions are answered 409", id, e);
    }
  }

  private void releaseQuietly(String id) {
    try {
      records.release(id);
    } catch (RuntimeException e) {
      log.warn("Idempotency key {} could not be released; its repetitions are answered 409", id, e);
    }
  }

  private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
    response.setStatus(answer.status());
    if (answer.contentType() != null) {
      response.setContentType(answer.contentType());
    }
    if (answer.location() != null) {
      response.setHeader(HttpHeaders.LOCATION, answer.location());
    }
    response.setHeader(REPLAYED, "true");
    response.setContentLength(answer.body().length);
    response.getOutputStream().write(answer.body());
  }

  private void refuse(HttpServletResponse response, HttpStatus status, String type, String reason) throws IOException {
    Problems.write(response, json, Problems.of(status, type, HEADER, reason));
  }

  /** Keys are per account. */
  private static String actor() {
    return Origin.authenticatedUser().orElse(Origin.ANONYMOUS);
  }

  private static String fingerprint(HttpServletRequest request, byte[] body) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      String head = request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString()
          + "\n" + request.getContentType() + "\n";
      sha256.update(head.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
