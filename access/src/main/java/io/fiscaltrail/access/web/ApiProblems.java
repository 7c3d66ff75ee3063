package io.fiscaltrail.access.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 401 and 403 on the API as RFC 9457 problems, like every other refusal: 401 with a Basic
 * challenge, so that a script knows how to sign in; 403 naming what the account may not touch;
 * 503 when the accounts themselves cannot be read, as a write would answer in that outage; 413 for
 * an import too large to be checked for a recorder.
 */
public class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "FiscalTrail";
  private static final String RETRY_AFTER_SECONDS = "5";

  private final ObjectMapper json;

  public ApiProblems(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof InternalAuthenticationServiceException) {
      // The accounts could not be read (MongoDB unreachable): the credentials were never judged.
      response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
      write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "store",
          "MongoDB cannot be reached to check the credentials; nothing was stored, retry later");
      return;
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
    boolean attempted = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "authorization",
        attempted ? "the credentials were not accepted" : "sign in: HTTP Basic, or a bearer token where configured");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    if (e instanceof CsrfException) {
      write(request, response, HttpStatus.FORBIDDEN, "csrf", "_csrf",
          "a request of a signed-in browser session needs the session's CSRF token");
    } else if (e instanceof AuthorizationDeniedException denied && denied.getAuthorizationResult() instanceof Refusal refusal) {
      write(request, response, HttpStatus.FORBIDDEN, "forbidden", refusal.field(), refusal.reason());
    } else {
      write(request, response, HttpStatus.FORBIDDEN, "forbidden", "authorization",
          "the account's roles do not allow " + request.getMethod() + " " + request.getRequestURI());
    }
  }

  /** 413 for a body larger than {@code limit} bytes, as the command side answers it. */
  public void payloadTooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
    write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "body",
        "is larger than " + limit + " bytes, the limit for an import");
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
      String field, String reason) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "urn:fiscaltrail:problem:" + type);
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", field + ": " + reason);
    problem.put("instance", request.getRequestURI());
    problem.put("errors", List.of(Map.of("field", field, "reason", reason)));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
