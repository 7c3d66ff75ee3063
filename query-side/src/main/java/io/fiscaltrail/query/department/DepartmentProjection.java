package io.fiscaltrail.query.department;

import io.fiscaltrail.kernel.department.DepartmentRegistered;
import io.fiscaltrail.kernel.department.StaffingChanged;
import io.fiscaltrail.query.ledger.BaseFigures;
import io.fiscaltrail.query.ledger.EventOrigin;
import io.fiscaltrail.query.ledger.Statement;
import io.fiscaltrail.query.ledger.Statements;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the department directory and each department's staffing statements. Department facts are
 * rare, so each is read and written on its own; the stream sequence number keeps redeliveries out.
 */
@Component
@ProcessingGroup(DepartmentProjection.PROCESSING_GROUP)
class DepartmentProjection {

  static final String PROCESSING_GROUP = "departments";

  private final DepartmentRepository repository;

  DepartmentProjection(DepartmentRepository repository) {
    this.repository = repository;
  }

  /** Registration has no effective date: its staffing stands from the beginning until a change. */
  @EventHandler
  void on(DepartmentRegistered event, DomainEventMessage<?> message) {
    if (repository.find(event.code().value()).isPresent()) {
      return;
    }
    Statements staffing = Statements.none();
    staffing.add(new Statement(
        EventOrigin.of(message), null, null,
        Map.of(
            BaseFigures.AUTHORIZED_HEADCOUNT, (long) event.authorizedHeadcount(),
            BaseFigures.ACTUAL_HEADCOUNT, (long) event.actualHeadcount(),
            BaseFigures.DIVISION_COUNT, (long) event.divisionCount())));
    repository.save(new DepartmentRecord(
        event.code().value(), event.name(), event.divisionNames(), event.duties(), staffing,
        message.getSequenceNumber()));
  }

  @EventHandler
  void on(StaffingChanged event, DomainEventMessage<?> message) {
    repository.find(event.code().value())
        .filter(department -> message.getSequenceNumber() > department.appliedSequence())
        .ifPresent(department -> {
          Statements staffing = new Statements(department.staffing().all());
          staffing.add(new Statement(
              EventOrigin.of(message), event.effectiveDate(), event.document(),
              Map.of(
                  BaseFigures.AUTHORIZED_HEADCOUNT, (long) event.authorizedHeadcount(),
                  BaseFigures.ACTUAL_HEADCOUNT, (long) event.actualHeadcount())));
          repository.save(new DepartmentRecord(
              department.code(), department.name(), department.divisionNames(), department.duties(),
              staffing, message.getSequenceNumber()));
        });
  }

  @ResetHandler
  void reset() {
    repository.deleteAll();
  }
}
