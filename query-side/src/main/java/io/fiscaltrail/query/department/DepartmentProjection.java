package io.fiscaltrail.query.department;

import io.fiscaltrail.kernel.department.DepartmentRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** Keeps the department directory; replacing a document by its key is idempotent by nature. */
@Component
@ProcessingGroup(DepartmentProjection.PROCESSING_GROUP)
class DepartmentProjection {

  static final String PROCESSING_GROUP = "departments";

  private final DepartmentRepository repository;

  DepartmentProjection(DepartmentRepository repository) {
    this.repository = repository;
  }

  @EventHandler
  void on(DepartmentRegistered event) {
    repository.save(
        new DepartmentView(
            event.code().value(),
            event.name(),
            event.authorizedHeadcount(),
            event.actualHeadcount(),
            event.divisionCount(),
            event.divisionNames()));
  }

  @ResetHandler
  void reset() {
    repository.deleteAll();
  }
}
