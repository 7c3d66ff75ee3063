package io.fiscaltrail.deploy.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Where and how the all-in-one application runs its embedded MongoDB.
 *
 * @param dataDir the directory that holds the data file, {@code ./data} unless set; created when
 *     missing
 * @param embeddedMongo the embedded server's own settings
 */
@ConfigurationProperties(EmbeddedMongoProperties.PREFIX)
public record EmbeddedMongoProperties(
    @DefaultValue("./data") Path dataDir, @DefaultValue EmbeddedMongo embeddedMongo) {

  static final String PREFIX = "fiscaltrail";

  /** @param port the port on 127.0.0.1; 0 takes any free one */
  public record EmbeddedMongo(@DefaultValue("0") int port) {}

  /**
   * Binds the properties straight from the environment. They are needed in an environment
   * post-processor, before any bean exists, so a configuration-properties bean cannot be injected
   * there; the binder applies the same rules (relaxed names, defaults, conversion).
   */
  static EmbeddedMongoProperties from(ConfigurableEnvironment environment) {
    return Binder.get(environment).bindOrCreate(PREFIX, EmbeddedMongoProperties.class);
  }
}
