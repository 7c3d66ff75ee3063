package io.fiscaltrail.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fiscaltrail.command.config.CommandSideProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of every write under {@code /api}: {@code max-json-body} for commands,
 * {@code max-import-body} for imports (NDJSON and CSV bodies). A larger body is answered 413 before
 * anything reads it as input; a smaller one is read into memory ({@link BufferedRequest}), which is
 * also what lets an idempotent request be compared with its first sending. Runs after Spring
 * Security, so that an anonymous caller is refused without its body being read.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 10)
class RequestBodyLimit extends OncePerRequestFilter {

  static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final Set<String> IMPORT_TYPES = Set.of("application/x-ndjson", "text/csv");

  private final CommandSideProperties properties;
  private final ObjectMapper json;

  RequestBodyLimit(CommandSideProperties properties, ObjectMapper json) {
    this.properties = properties;
    this.json = json;
  }

  /** Writes under /api, except multipart uploads, which the servlet container reads itself. */
  static boolean isApiWrite(HttpServletRequest request) {
    String contentType = request.getContentType();
    return WRITES.contains(request.getMethod())
        && request.getRequestURI().startsWith("/api/")
        && (contentType == null || !contentType.toLowerCase().startsWith("multipart/"));
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !isApiWrite(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean isImport = isImport(request.getContentType());
    long limit = (isImport ? properties.maxImportBody() : properties.maxJsonBody()).toBytes();
    byte[] body = request.getContentLengthLong() > limit ? null : readUpTo(request.getInputStream(), limit);
    if (body == null) {
      String reason = "is larger than " + limit + " bytes, the limit for " + (isImport ? "an import" : "a command");
      Problems.write(response, json, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "body", reason));
      return;
    }
    chain.doFilter(new BufferedRequest(request, body), response);
  }

  private static boolean isImport(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return IMPORT_TYPES.contains(type.getType() + "/" + type.getSubtype());
    } catch (IllegalArgumentException unparseable) {
      return false; // refused with 415 by the route
    }
  }

  /** The whole body, or null if it holds more than {@code limit} bytes. */
  private static byte[] readUpTo(InputStream in, long limit) throws IOException {
    byte[] body = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    return in.read() < 0 ? body : null;
  }
}
