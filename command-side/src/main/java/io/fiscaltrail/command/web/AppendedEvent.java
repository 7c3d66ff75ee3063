package io.fiscaltrail.command.web;

import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;

/** An event a command appended: what a client needs to point at it later. */
public record AppendedEvent(String eventId, String stream, long sequence, String type) {

  /** The answer to a command on a stream: the last event it appended, and all of them. */
  public static Map<String, Object> answer(List<AppendedEvent> appended) {
    AppendedEvent last = appended.get(appended.size() - 1);
    return Map.of(
        "eventId", last.eventId(),
        "stream", last.stream(),
        "sequence", last.sequence(),
        "type", last.type(),
        "events", appended);
  }

  static AppendedEvent of(DomainEventMessage<?> event) {
    return new AppendedEvent(
        event.getIdentifier(),
        event.getAggregateIdentifier(),
        event.getSequenceNumber(),
        event.getPayloadType().getSimpleName());
  }
}
