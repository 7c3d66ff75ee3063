package io.fiscaltrail.command.origin;

import static io.fiscaltrail.kernel.audit.AuditMetaData.ACTOR;
import static io.fiscaltrail.kernel.audit.AuditMetaData.CLIENT_ADDRESS;
import static io.fiscaltrail.kernel.audit.AuditMetaData.CORRELATION_ID;
import static io.fiscaltrail.kernel.audit.AuditMetaData.IDEMPOTENCY_KEY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Stamps every command dispatched on the command bus with its {@link Origin}: actor, correlation
 * id, idempotency key, client address. {@link #PROVIDER} (registered with Axon as a correlation
 * data provider) then copies these keys from the command into each event it applies, so that every
 * stored event says who recorded it and for which request; the recorded time is the event's own
 * timestamp, the server's clock.
 *
 * <p>Keys already on a command are kept: a command the gateway retries after a lost race is
 * dispatched again from another thread, and keeps the origin of the request that sent it.
 */
@Component
public class OriginMetaData implements MessageDispatchInterceptor<CommandMessage<?>>, SmartInitializingSingleton {

  public static final CorrelationDataProvider PROVIDER =
      new SimpleCorrelationDataProvider(ACTOR, CORRELATION_ID, IDEMPOTENCY_KEY, CLIENT_ADDRESS);

  private final CommandBus commandBus;

  OriginMetaData(CommandBus commandBus) {
    this.commandBus = commandBus;
  }

  @Override
  public void afterSingletonsInstantiated() {
    commandBus.registerDispatchInterceptor(this);
  }

  @Override
  public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
    return (index, command) -> {
      if (command.getMetaData().containsKey(ACTOR)) {
        return command;
      }
      Origin origin = Origin.current();
      Map<String, Object> metaData = new HashMap<>();
      metaData.put(ACTOR, actor(origin));
      metaData.put(CORRELATION_ID, origin.correlationId());
      if (origin.idempotencyKey() != null) {
        metaData.put(IDEMPOTENCY_KEY, origin.idempotencyKey());
      }
      if (origin.clientAddress() != null) {
        metaData.put(CLIENT_ADDRESS, origin.clientAddress());
      }
      return command.andMetaData(metaData);
    };
  }

  private static String actor(Origin origin) {
    return Origin.authenticatedUser()
        .orElse(origin.systemActor() != null ? origin.systemActor() : Origin.ANONYMOUS);
  }
}
