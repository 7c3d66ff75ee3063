package io.fiscaltrail.query.department;

import io.fiscaltrail.query.web.NotFound;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DepartmentQueryController {

  private final DepartmentRepository departments;

  DepartmentQueryController(DepartmentRepository departments) {
    this.departments = departments;
  }

  @GetMapping("/api/departments")
  List<DepartmentView> all() {
    return departments.findAll();
  }

  @GetMapping("/api/departments/{code}")
  DepartmentView one(@PathVariable String code) {
    return departments.find(code).map(DepartmentRecord::view).orElseThrow(() -> NotFound.department(code));
  }
}
