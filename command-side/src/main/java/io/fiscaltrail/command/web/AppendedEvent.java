package io.fiscaltrail.command.web;

import org.axonframework.eventhandling.DomainEventMessage;

/** An event a command appended: what a client needs to point at it later. */
public record AppendedEvent(String eventId, String stream, long sequence, String type) {

  static AppendedEvent of(DomainEventMessage<?> event) {
    return new AppendedEvent(
        event.getIdentifier(),
        event.getAggregateIdentifier(),
        event.getSequenceNumber(),
        event.getPayloadType().getSimpleName());
  }
}
