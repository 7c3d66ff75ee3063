package io.fiscaltrail.eventstore;

import java.util.List;
import org.axonframework.common.AxonNonTransientException;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * An append refused whole because some of its events state facts that stored events state
 * already: their unique keys ({@link UniqueEventKeys}) are taken. Nothing of the append is stored.
 * Non-transient: the same append would be refused again.
 */
public class FactAlreadyStated extends AxonNonTransientException {

  private final List<DomainEventMessage<?>> events;
  private final List<String> keys;

  FactAlreadyStated(List<DomainEventMessage<?>> events, List<String> keys) {
    super("the facts " + keys + " are stated by stored events already");
    this.events = List.copyOf(events);
    this.keys = List.copyOf(keys);
  }

  /** The append's events whose facts are stated already, in append order. */
  public List<DomainEventMessage<?>> events() {
    return events;
  }

  /** Their keys, in the same order. */
  public List<String> keys() {
    return keys;
  }
}
