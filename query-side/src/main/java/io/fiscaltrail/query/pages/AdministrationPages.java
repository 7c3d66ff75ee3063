package io.fiscaltrail.query.pages;

import io.fiscaltrail.query.admin.ProjectionAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The import page (the browser posts the file to the command side's {@code POST /api/import} and
 * shows its answer) and the projections with their rebuild progress.
 */
@Controller
class AdministrationPages {

  private final ProjectionAdministration projections;

  AdministrationPages(ProjectionAdministration projections) {
    this.projections = projections;
  }

  @GetMapping("/import")
  String importPage() {
    return "import";
  }

  @GetMapping("/admin/projections")
  String projections(Model model) {
    model.addAttribute("projections", projections.statuses());
    return "projections";
  }

  /** Starts a rebuild and shows the progress page, which refreshes itself while it runs. */
  @PostMapping("/admin/projections/{name}/rebuild")
  String rebuild(@PathVariable String name) {
    projections.rebuild(name);
    return "redirect:/admin/projections";
  }
}
