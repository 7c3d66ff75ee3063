package io.fiscaltrail.access.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.access.Role;
import io.fiscaltrail.kernel.department.DepartmentCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * An account as a request body describes it: {@code {"username","password","roles","departments"}}.
 * Every problem is collected, so that one answer names every bad field.
 */
record AccountRequest(String username, String password, Set<Role> roles, Set<String> departments) {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
  static final int MIN_PASSWORD_LENGTH = 8;
  /** bcrypt reads no more than 72 bytes of a password. */
  static final int MAX_PASSWORD_BYTES = 72;

  private static final Set<String> FIELDS = Set.of("username", "password", "roles", "departments");

  /** A new account: every field but {@code departments} (for a non-recorder) is required. */
  static AccountRequest forCreation(JsonNode body) {
    return read(body, null);
  }

  /**
   * A replacement of an account's roles and departments; the password only when given. A username
   * in the body must be the one in the path.
   */
  static AccountRequest forUpdate(String username, JsonNode body) {
    return read(body, username);
  }

  private static AccountRequest read(JsonNode body, String pathUsername) {
    List<FieldProblem> problems = new ArrayList<>();
    if (body == null || !body.isObject()) {
      throw new AccountRefused(HttpStatus.BAD_REQUEST,
          List.of(new FieldProblem("body", "must be a JSON object")));
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        problems.add(new FieldProblem(name, "is not a field of an account; fields are " + new TreeSet<>(FIELDS)));
      }
    }
    String username = username(body, pathUsername, problems);
    String password = password(body, pathUsername == null, problems);
    Set<Role> roles = roles(body, problems);
    Set<String> departments = departments(body, roles, problems);
    if (!problems.isEmpty()) {
      throw new AccountRefused(HttpStatus.BAD_REQUEST, problems);
    }
    return new AccountRequest(username, password, roles, departments);
  }

  private static String username(JsonNode body, String pathUsername, List<FieldProblem> problems) {
    JsonNode node = body.get("username");
    if (pathUsername != null) {
      if (node != null && !(node.isTextual() && node.textValue().equals(pathUsername))) {
        problems.add(new FieldProblem("username", "must be the username in the path, " + pathUsername + ", or left out"));
      }
      return pathUsername;
    }
    if (node == null || !node.isTextual() || !USERNAME.matcher(node.textValue()).matches()) {
      problems.add(new FieldProblem("username", "is required and must match " + USERNAME.pattern()));
      return null;
    }
    return node.textValue();
  }

  private static String password(JsonNode body, boolean required, List<FieldProblem> problems) {
    JsonNode node = body.get("password");
    if (node == null && !required) {
      return null;
    }
    if (node == null || !node.isTextual()) {
      problems.add(new FieldProblem("password", "is required as a string"));
      return null;
    }
    String password = node.textValue();
    if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH || password.isBlank()) {
      problems.add(new FieldProblem("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters"));
      return null;
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      problems.add(new FieldProblem("password", "must have at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8"));
      return null;
    }
    return password;
  }

  private static Set<Role> roles(JsonNode body, List<FieldProblem> problems) {
    JsonNode node = body.get("roles");
    String reason = "must list one or more of " + Arrays.toString(Role.values());
    if (node == null || !node.isArray() || node.isEmpty()) {
      problems.add(new FieldProblem("roles", reason));
      return Set.of();
    }
    Set<Role> roles = new HashSet<>();
    for (JsonNode role : node) {
      if (!role.isTextual() || Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role.textValue()))) {
        problems.add(new FieldProblem("roles", reason + ", not " + role));
        return Set.of();
      }
      roles.add(Role.valueOf(role.textValue()));
    }
    return roles;
  }

  private static Set<String> departments(JsonNode body, Set<Role> roles, List<FieldProblem> problems) {
    JsonNode node = body.get("departments");
    boolean recorder = roles.contains(Role.RECORDER);
    if (node == null || (node.isArray() && node.isEmpty())) {
      if (recorder) {
        problems.add(new FieldProblem("departments", "a RECORDER needs the codes of the departments it records for"));
      }
      return Set.of();
    }
    if (!node.isArray()) {
      problems.add(new FieldProblem("departments", "must be a list of department codes"));
      return Set.of();
    }
    if (!recorder) {
      problems.add(new FieldProblem("departments", "only a RECORDER is assigned departments"));
      return Set.of();
    }
    Set<String> departments = new HashSet<>();
    for (JsonNode department : node) {
      if (!department.isTextual() || !DepartmentCode.FORMAT.matcher(department.textValue()).matches()) {
        problems.add(new FieldProblem("departments", "each must match " + DepartmentCode.FORMAT.pattern() + ", not " + department));
        return Set.of();
      }
      departments.add(department.textValue());
    }
    return departments;
  }
}
