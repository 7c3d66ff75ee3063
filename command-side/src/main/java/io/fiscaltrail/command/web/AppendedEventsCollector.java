package io.fiscaltrail.command.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes every command answer with the events it appended (id, stream, sequence), so that a
 * client can cite the exact fact it created. The list is filled while the unit of work prepares
 * its commit, before the caller receives the result.
 */
@Component
class AppendedEventsCollector
    implements MessageHandlerInterceptor<CommandMessage<?>>,
        MessageDispatchInterceptor<EventMessage<?>>,
        SmartInitializingSingleton {

  private static final String RESOURCE = AppendedEventsCollector.class.getName();

  private final EventStore eventStore;

  AppendedEventsCollector(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  // Axon registers it on the command bus by itself, as every command handler interceptor bean
  @Override
  public void afterSingletonsInstantiated() {
    eventStore.registerDispatchInterceptor(this);
  }

  @Override
  public Object handle(
      UnitOfWork<? extends CommandMessage<?>> unitOfWork,
      InterceptorChain interceptorChain)
      throws Exception {
    List<AppendedEvent> appended = unitOfWork.root().getOrComputeResource(RESOURCE, key -> new ArrayList<>());
    interceptorChain.proceed();
    return Collections.unmodifiableList(appended);
  }

  @Override
  public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(
      List<? extends EventMessage<?>> messages) {
    return (index, message) -> {
      if (message instanceof DomainEventMessage<?> domainEvent && CurrentUnitOfWork.isStarted()) {
        List<AppendedEvent> appended = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        if (appended != null) {
          appended.add(AppendedEvent.of(domainEvent));
        }
      }
      return message;
    };
  }
}
