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
      Map.of(
          // events, snapshots and tokens as readable JSON, never Java serialization or XML
          "axon.serializer.general", "jackson",
          "axon.serializer.events", "jackson",
          "axon.serializer.messages", "jackson",
          "spring.jackson.serialization.write-dates-as-timestamps", "false",
          "spring.mvc.problemdetails.enabled", "true",
          "spring.data.mongodb.uri", "${MONGODB_URI:mongodb://127.0.0.1:27017/fiscaltrail}",
          "management.endpoints.web.exposure.include", "health,info",
          "management.endpoint.health.show-details", "always");

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
