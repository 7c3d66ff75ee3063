package io.fiscaltrail.command.origin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds each request's {@link Origin} for the commands it dispatches and echoes its correlation id
 * in the answer. The correlation id is the client's {@value #CORRELATION_ID} when it is well formed
 * (1 to 64 letters, digits, {@code . _ : -}), otherwise a new UUID. The client address is the
 * servlet's remote address: the peer of the connection, or the client named in
 * {@code X-Forwarded-For} only when {@code server.forward-headers-strategy} says a trusted proxy
 * sets it. Runs before Spring Security, so that refusals carry the correlation id too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after Spring's ForwardedHeaderFilter, which corrects the remote address
class OriginFilter extends OncePerRequestFilter {

  static final String CORRELATION_ID = "X-Correlation-Id";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String given = request.getHeader(CORRELATION_ID);
    String correlationId = given != null && WELL_FORMED.matcher(given).matches() ? given : Origin.newCorrelationId();
    response.setHeader(CORRELATION_ID, correlationId);
    Origin.bind(new Origin(null, correlationId, request.getHeader(IDEMPOTENCY_KEY), request.getRemoteAddr()));
    try {
      chain.doFilter(request, response);
    } finally {
      Origin.unbind();
    }
  }
}
