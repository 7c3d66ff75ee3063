package io.fiscaltrail.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an NDJSON import touches, as far as access is concerned: the departments its records name
 * ({@code "department"} in every record type) and whether it registers or restaffs a department
 * (ADMIN's business). Lines that are no JSON object are passed over: the importer refuses them,
 * and an import is stored all or nothing.
 */
record ImportedDepartments(Set<String> departments, boolean changesDepartments) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> DEPARTMENT_RECORDS = Set.of("department", "staffing");

  static ImportedDepartments read(byte[] body) {
    Set<String> departments = new TreeSet<>();
    boolean changesDepartments = false;
    for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
      JsonNode record = object(line.replace("\uFEFF", "").strip());
      if (record == null) {
        continue;
      }
      JsonNode department = record.get("department");
      if (department != null && department.isTextual()) {
        departments.add(department.textValue());
      }
      JsonNode type = record.get("type");
      changesDepartments |= type != null && type.isTextual() && DEPARTMENT_RECORDS.contains(type.textValue());
    }
    return new ImportedDepartments(departments, changesDepartments);
  }

  private static JsonNode object(String line) {
    if (line.isEmpty()) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(line);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }
}
