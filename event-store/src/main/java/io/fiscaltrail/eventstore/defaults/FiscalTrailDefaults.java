package io.fiscaltrail.eventstore.defaults;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every FiscalTrail process shares, whichever jar it starts from. They sit last in the
 * environment so a command-line flag or an application file can still override each one; a
 * library cannot ship an application.yml without shadowing the application's own.
 */
public class FiscalTrailDefaults implements EnvironmentPostProcessor {

  static final Map<String, Object> DEFAULTS =
      Map.ofEntries(
          // events, snapshots and tokens as readable JSON, never Java serialization or XML
          Map.entry("axon.serializer.general", "jackson"),
          Map.entry("axon.serializer.events", "jackson"),
          Map.entry("axon.serializer.messages", "jackson"),
          Map.entry("spring.jackson.serialization.write-dates-as-timestamps", "false"),
          Map.entry("spring.mvc.problemdetails.enabled", "true"),
          Map.entry("spring.data.mongodb.uri", "${MONGODB_URI:mongodb://127.0.0.1:27017/fiscaltrail}"),
          // Spring 6.2 warns at every start that Axon 4's annotations override attributes by
          // convention; nothing here can act on it, and it reads like a fault to whoever starts us
          Map.entry("logging.level.org.springframework.core.annotation.AnnotationTypeMapping", "ERROR"),
          Map.entry("management.endpoints.web.exposure.include", "health,info"),
          Map.entry("management.endpoint.health.show-details", "always"),
          // health is OUT_OF_SERVICE (503) until the application is ready: its start-up runners done
          Map.entry("management.health.readinessstate.enabled", "true"),
          // Axon interrupts a command's unit of work after 60 s, counted over the root unit of work:
          // for an import that is the whole file (tens of thousands of vouchers take minutes), and an
          // insert interrupted while the server stores it is stored although the caller is told it
          // failed. An hour, and a warning a minute from the first minute on, instead of every second.
          Map.entry("axon.timeout.transaction.command-bus.timeout-ms", "3600000"),
          Map.entry("axon.timeout.transaction.command-bus.warning-threshold-ms", "60000"),
          Map.entry("axon.timeout.transaction.command-bus.warning-interval-ms", "60000"),
          // Axon also times every single event handler call: a stack trace, a formatted name and a
          // task scheduled and cancelled per event, about 5 % of a replay worker's time. The event
          // processors' batches keep Axon's own timeout, which warns and interrupts as before.
          Map.entry("axon.timeout.handler.events.timeout-ms", "-1"),
          Map.entry("axon.timeout.handler.events.warning-threshold-ms", "-1"));

  /** Axon's update checker reads only this JVM property; an audit trail does not phone home. */
  static final String AXON_UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (System.getProperty(AXON_UPDATE_CHECKER_DISABLED) == null) {
      System.setProperty(AXON_UPDATE_CHECKER_DISABLED, "true");
    }
    environment.getPropertySources().addLast(new MapPropertySource("fiscaltrailDefaults", DEFAULTS));
  }
}
