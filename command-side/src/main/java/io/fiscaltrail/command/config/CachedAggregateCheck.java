package io.fiscaltrail.command.config;

import io.fiscaltrail.command.config.AggregateCache.HandedOut;
import io.fiscaltrail.eventstore.StreamPositions;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Confirms against the store what a command decided on cached aggregates without appending to
 * them ({@link AggregateCache}): after a refusal, every aggregate it was handed; after a success,
 * those it only read. If a stream holds an event after the version that was handed out, the
 * command was decided on stale state: it fails with a {@link ConcurrencyException}, its unit of
 * work rolls back (Axon then drops the aggregates it loaded from the cache), and the gateway
 * retries it on the stored state, as after a collision on the stream key.
 *
 * <p>Axon registers every command handler interceptor bean on the command bus by itself.
 */
@Component
class CachedAggregateCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

  private final StreamPositions streams;

  CachedAggregateCheck(StreamPositions streams) {
    this.streams = streams;
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
      throws Exception {
    if (unitOfWork.parent().isPresent()) {
      return interceptorChain.proceed(); // nested (an import's line): the cache checks on the way out
    }
    List<HandedOut> handedOut = AggregateCache.watch(unitOfWork);
    Object result;
    try {
      result = interceptorChain.proceed();
    } catch (Exception refusal) {
      throwIfStale(handedOut, false);
      throw refusal;
    }
    throwIfStale(handedOut, true);
    return result;
  }

  private void throwIfStale(List<HandedOut> handedOut, boolean skipAppended) {
    for (HandedOut aggregate : handedOut) {
      if (!(skipAppended && aggregate.appended()) && streams.hasEventAfter(aggregate.stream(), aggregate.version())) {
        throw new ConcurrencyException("Stream " + aggregate.stream() + " has events after version "
            + aggregate.version() + ", which this process held in its cache: the command is retried on the stored state");
      }
    }
  }
}
