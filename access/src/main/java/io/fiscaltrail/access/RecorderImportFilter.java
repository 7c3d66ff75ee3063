package io.fiscaltrail.access;

import io.fiscaltrail.access.web.ApiProblems;
import io.fiscaltrail.access.web.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code POST /api/import} names its departments in the body, not the path: a recorder's import
 * is read here, after authorization let the recorder in, and refused as a whole when it names a
 * department not assigned to the account or registers one. The body is handed on unchanged. It is
 * read up to the import limit only ({@code fiscaltrail.command.max-import-body}, which the command
 * side answers 413 beyond): a larger one is answered 413 here, so that no account can make the
 * server hold a body of any size.
 */
class RecorderImportFilter extends OncePerRequestFilter {

  static final String PATH = "/api/import";

  private final long maxBody;
  private final ApiProblems problems;

  RecorderImportFilter(DataSize maxBody, ApiProblems problems) {
    this.maxBody = maxBody.toBytes();
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && PATH.equals(request.getServletPath()));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || DepartmentAuthority.hasRole(authentication, Role.ADMIN)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getContentLengthLong() > maxBody
        ? null
        : request.getInputStream().readNBytes((int) Math.min(maxBody + 1, Integer.MAX_VALUE - 8));
    if (body == null || body.length > maxBody) {
      problems.payloadTooLarge(request, response, maxBody);
      return;
    }
    ImportedDepartments imported = ImportedDepartments.read(body);
    if (imported.changesDepartments()) {
      refuse(new Refusal("type", "registering or restaffing a department is for ADMIN"));
    }
    Set<String> others = new TreeSet<>(imported.departments());
    others.removeAll(DepartmentAuthority.departmentsOf(authentication));
    if (!others.isEmpty()) {
      refuse(new Refusal("department", "the account does not record for " + String.join(", ", others)));
    }
    chain.doFilter(new ReadBody(request, body), response);
  }

  private static void refuse(Refusal refusal) {
    throw new AuthorizationDeniedException(refusal.field() + ": " + refusal.reason(), refusal);
  }

  /** The request with its body read once here and served again to the controller. */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
