package io.fiscaltrail.eventstore;

import java.util.List;
import java.util.Map;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.lifecycle.Phase;

/**
 * Fails the start when a streaming event processor would keep its position in an
 * {@link InMemoryTokenStore}. Axon falls back to one with only a logged warning whenever no token
 * store reaches a processor, and such a processor replays every event after each restart. The
 * check runs in Axon's start sequence after the processors are built and before any of them starts.
 */
public class DurableTokenStoreCheck implements ConfigurerModule {

  @Override
  public void configureModule(Configurer configurer) {
    configurer.onInitialize(configuration -> configuration.onStart(
        Phase.INBOUND_EVENT_CONNECTORS - 1, () -> verify(configuration.eventProcessingConfiguration())));
  }

  static void verify(EventProcessingConfiguration processing) {
    List<String> forgetful = processing.eventProcessors().entrySet().stream()
        .filter(processor -> processor.getValue() instanceof StreamingEventProcessor)
        .map(Map.Entry::getKey)
        .filter(name -> processing.tokenStore(name) instanceof InMemoryTokenStore)
        .sorted()
        .toList();
    if (!forgetful.isEmpty()) {
      throw new IllegalStateException("Streaming event processors " + forgetful + " would keep their tokens in an "
          + "InMemoryTokenStore and replay all events after every restart. Give them a durable TokenStore: "
          + "the event-store module provides a MongoTokenStore bean named 'tokenStore' unless another TokenStore "
          + "bean replaces it or a token store is registered per processor.");
    }
  }
}
