package io.fiscaltrail.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fiscaltrail.access.web.ApiProblems;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

/**
 * A recorder's import is read up to the import limit and no further: a body without an end is
 * answered 413 after the limit's bytes, as one whose declared length is over it is without a read.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RecorderImportFilterTest {

  private static final DataSize LIMIT = DataSize.ofKilobytes(64);
  private static final String RECORD =
      "{\"type\":\"expenditure\",\"department\":\"beita-union\",\"year\":2022}\n";

  private final ObjectMapper json = new ObjectMapper();
  private final RecorderImportFilter filter = new RecorderImportFilter(LIMIT, new ApiProblems(json));
  private final MockFilterChain chain = new MockFilterChain();
  private final MockHttpServletResponse response = new MockHttpServletResponse();

  RecorderImportFilterTest() {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        "recorder", "n/a", List.of(new SimpleGrantedAuthority(Role.RECORDER.authority()),
            DepartmentAuthority.of("beita-union"))));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void readsABodyWithoutAnEndNoFurtherThanTheLimit() throws Exception {
    EndlessRecords body = new EndlessRecords();
    MockHttpServletRequest streaming = new MockHttpServletRequest("POST", RecorderImportFilter.PATH) {
      @Override
      public ServletInputStream getInputStream() {
        return body;
      }
    };
    streaming.setServletPath(RecorderImportFilter.PATH);
    streaming.setContentType("application/x-ndjson");

    filter.doFilter(streaming, response, chain);

    assertRefusedAsTooLarge();
    assertThat(body.read).isEqualTo(LIMIT.toBytes() + 1);
  }

  @Test
  void refusesADeclaredLengthOverTheLimitWithoutReadingIt() throws Exception {
    MockHttpServletRequest request = importRequest();
    request.setContent(RECORD.repeat((int) (LIMIT.toBytes() / RECORD.length()) + 1).getBytes(StandardCharsets.UTF_8));

    filter.doFilter(request, response, chain);

    assertRefusedAsTooLarge();
    assertThat(request.getInputStream().available()).isEqualTo(request.getContentLength());
  }

  @Test
  void handsOnAnImportWithinTheLimitUnchanged() throws Exception {
    MockHttpServletRequest request = importRequest();
    byte[] content = RECORD.getBytes(StandardCharsets.UTF_8);
    request.setContent(content);

    filter.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(chain.getRequest().getInputStream().readAllBytes()).isEqualTo(content);
  }

  private static MockHttpServletRequest importRequest() {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", RecorderImportFilter.PATH);
    request.setServletPath(RecorderImportFilter.PATH);
    request.setContentType("application/x-ndjson");
    return request;
  }

  private void assertRefusedAsTooLarge() throws Exception {
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(chain.getRequest()).as("nothing handed on").isNull();
    JsonNode problem = json.readTree(response.getContentAsByteArray());
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("body");
    assertThat(problem.at("/errors/0/reason").asText()).contains(String.valueOf(LIMIT.toBytes()));
  }

  /** The same record again and again, never at an end; counts the bytes read. */
  private static final class EndlessRecords extends ServletInputStream {
    private final byte[] record = RECORD.getBytes(StandardCharsets.UTF_8);
    private long read;

    @Override
    public int read() {
      return record[(int) (read++ % record.length)];
    }

    @Override
    public boolean isFinished() {
      return false;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new UnsupportedOperationException();
    }
  }
}
