package io.fiscaltrail.command.department;

import io.fiscaltrail.kernel.department.DepartmentCode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A department exists when its own event stream does: the write side asks the store directly
 * instead of waiting for a projection to catch up.
 */
@Component
class EventStoreDepartmentDirectory implements DepartmentDirectory {

  private final EventStore eventStore;

  EventStoreDepartmentDirectory(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  @Override
  public boolean isRegistered(DepartmentCode code) {
    return eventStore.lastSequenceNumberFor(code.value()).isPresent();
  }
}
