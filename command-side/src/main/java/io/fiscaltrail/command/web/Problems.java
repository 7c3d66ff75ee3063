package io.fiscaltrail.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problems as every refusal of the write side states them: a type, a title and the fields at fault. */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(HttpStatus status, String type, String title, String detail, List<FieldProblem> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:fiscaltrail:problem:" + type));
    problem.setTitle(title);
    problem.setProperty(
        "errors",
        errors.stream().map(p -> Map.of("field", p.field(), "reason", p.reason())).toList());
    return problem;
  }

  /** One field at fault, named in the detail too. */
  public static ProblemDetail of(HttpStatus status, String type, String field, String reason) {
    return of(status, type, status.getReasonPhrase(), field + ": " + reason, List.of(new FieldProblem(field, reason)));
  }

  /** Answers with {@code problem} from a servlet filter, where no message converter runs. */
  public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
