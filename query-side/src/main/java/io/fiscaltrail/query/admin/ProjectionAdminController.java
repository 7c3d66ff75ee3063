package io.fiscaltrail.query.admin;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProjectionAdminController {

  private final ProjectionAdministration administration;

  ProjectionAdminController(ProjectionAdministration administration) {
    this.administration = administration;
  }

  @GetMapping("/api/admin/projections")
  List<ProjectionStatus> projections() {
    return administration.statuses();
  }

  @PostMapping("/api/admin/projections/{name}/rebuild")
  @ResponseStatus(HttpStatus.ACCEPTED)
  ProjectionStatus rebuild(@PathVariable String name) {
    return administration.rebuild(name);
  }
}
