package io.fiscaltrail.eventstore.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.AnnotatedMessageHandlingMember;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

class FiscalTrailDefaultsTest {

  @Test
  void eventHandlersAreNotTimedOneCallAtATimeWhileCommandHandlersStillAre() throws Exception {
    StandardEnvironment environment = new StandardEnvironment();
    new FiscalTrailDefaults().postProcessEnvironment(environment, new SpringApplication());
    TimeoutProperties properties = Binder.get(environment).bind("axon.timeout", TimeoutProperties.class).get();
    // what Axon's Spring Boot configuration builds from these properties
    HandlerTimeoutHandlerEnhancerDefinition timeouts =
        new HandlerTimeoutHandlerEnhancerDefinition(properties.getHandler().toMessageHandlerTimeoutConfiguration());

    MessageHandlingMember<Handlers> eventHandler = member("on", EventMessage.class);
    MessageHandlingMember<Handlers> commandHandler = member("handle", CommandMessage.class);

    assertThat(timeouts.wrapHandler(eventHandler)).isSameAs(eventHandler);
    assertThat(timeouts.wrapHandler(commandHandler)).isNotSameAs(commandHandler);
    assertThat(properties.getTransaction().getEventProcessors().getTimeoutMs()).isPositive();
  }

  private static MessageHandlingMember<Handlers> member(String method, Class<? extends Message> type)
      throws NoSuchMethodException {
    return new AnnotatedMessageHandlingMember<>(
        Handlers.class.getDeclaredMethod(method, String.class), type, String.class,
        ClasspathParameterResolverFactory.forClass(Handlers.class));
  }

  static class Handlers {
    void on(String event) {}

    void handle(String command) {}
  }
}
