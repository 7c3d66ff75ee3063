package io.fiscaltrail.eventstore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;

/** The sequence numbers one append writes to one stream: every event document records its commit's bounds. */
record Commit(long first, long last) {

  static Map<String, Commit> perStream(List<DomainEventMessage<?>> events) {
    Map<String, Commit> commits = new HashMap<>();
    for (DomainEventMessage<?> event : events) {
      long sequenceNumber = event.getSequenceNumber();
      commits.merge(event.getAggregateIdentifier(), new Commit(sequenceNumber, sequenceNumber),
          (one, other) -> new Commit(Math.min(one.first, other.first), Math.max(one.last, other.last)));
    }
    return commits;
  }
}
