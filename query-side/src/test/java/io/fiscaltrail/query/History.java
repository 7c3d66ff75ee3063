package io.fiscaltrail.query;

import io.fiscaltrail.query.ledger.EventOrigin;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * Events as the store would deliver them: each in its aggregate's stream with the next sequence
 * number, a deterministic id, and a recorded time from a clock the test moves.
 */
public final class History {

  private final Map<String, Long> sequences = new HashMap<>();
  private final List<DomainEventMessage<?>> messages = new ArrayList<>();
  private Instant clock;
  private Map<String, ?> metaData = Map.of();

  public History(Instant start) {
    this.clock = start;
  }

  /** The recorded time of the next event; later ones follow a minute apart. */
  public History recordedAt(Instant time) {
    clock = time;
    return this;
  }

  /** Who records the next events, as the command side would put it in their metadata. */
  public History by(String actor) {
    metaData = Map.of(EventOrigin.ACTOR, actor);
    return this;
  }

  public History add(Object... events) {
    for (Object event : events) {
      append(event);
    }
    return this;
  }

  public DomainEventMessage<?> append(Object event) {
    String stream = streamOf(event);
    long sequence = sequences.merge(stream, 1L, Long::sum) - 1;
    String id = UUID.nameUUIDFromBytes((stream + "#" + sequence).getBytes(StandardCharsets.UTF_8)).toString();
    DomainEventMessage<?> message =
        new GenericDomainEventMessage<>(typeOf(event), stream, sequence, event, metaData, id, clock);
    messages.add(message);
    clock = clock.plus(Duration.ofMinutes(1));
    return message;
  }

  public List<DomainEventMessage<?>> messages() {
    return List.copyOf(messages);
  }


  public String lastId() {
    return messages.get(messages.size() - 1).getIdentifier();
  }

  private static String streamOf(Object event) {
    for (String name : List.of("budgetYear", "register", "code")) {
      for (RecordComponent component : event.getClass().getRecordComponents()) {
        if (component.getName().equals(name)) {
          try {
            return component.getAccessor().invoke(event).toString();
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    throw new IllegalArgumentException("no stream for " + event);
  }

  private static String typeOf(Object event) {
    String stream = streamOf(event);
    return stream.endsWith("/assets") ? "AssetRegister" : stream.contains("/") ? "BudgetYear" : "Department";
  }
}
