package io.fiscaltrail.command.importing;

import io.fiscaltrail.command.RejectedCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Handles the commands of an import (those carrying an {@value #LINE}) inside the import's unit
 * of work:
 *
 * <ul>
 *   <li>a refusal is noted against its line instead of thrown. Thrown, it would roll back the
 *       command's nested unit of work, and Axon would then drop the aggregate, with everything
 *       the earlier lines staged on it, from the import's unit of work; the lines after it would
 *       be checked against the store alone. Aggregates refuse before they apply anything, so a
 *       noted refusal leaves the staged state as it was.
 *   <li>the events the command appends carry the record's {@value #SOURCE} and line as metadata.
 * </ul>
 */
@Component
class ImportLineInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

  static final String LINE = "importLine";
  static final String SOURCE = "source";

  private static final String REFUSALS = ImportLineInterceptor.class.getName() + ".refusals";
  private static final CorrelationDataProvider PROVENANCE = new SimpleCorrelationDataProvider(SOURCE, LINE);

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
      throws Exception {
    Object line = unitOfWork.getMessage().getMetaData().get(LINE);
    if (!(line instanceof Integer lineNumber)) {
      return interceptorChain.proceed();
    }
    unitOfWork.registerCorrelationDataProvider(PROVENANCE);
    try {
      return interceptorChain.proceed();
    } catch (RejectedCommand | AggregateNotFoundException refusal) {
      refusalsIn(unitOfWork).put(lineNumber, refusal);
      return null;
    }
  }

  /** The refusals noted so far in the import's unit of work, by line. */
  static Map<Integer, RuntimeException> refusalsIn(UnitOfWork<?> unitOfWork) {
    return unitOfWork.root().getOrComputeResource(REFUSALS, key -> new LinkedHashMap<>());
  }
}
