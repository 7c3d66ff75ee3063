package io.fiscaltrail.deploy.embedded;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.util.StringUtils;

/**
 * Makes the durable embedded MongoDB the default store: unless {@code MONGODB_URI} is set, it puts
 * {@code spring.data.mongodb.uri} into the environment, before any bean exists, as a property that
 * starts the embedded server when it is first read (see {@link EmbeddedMongoUriPropertySource}).
 * The application context gets the server as a bean and stops it when it closes.
 *
 * <p>With {@code MONGODB_URI} set nothing happens here: the shared defaults (event-store's
 * {@code FiscalTrailDefaults}) map it to {@code spring.data.mongodb.uri}. An explicit
 * {@code spring.data.mongodb.uri} (command line, application file, test properties) wins too.
 *
 * <p>Runs with the default (lowest) order, after the configuration files are loaded, so that the
 * properties may also come from them.
 */
public class EmbeddedMongoEnvironmentPostProcessor implements EnvironmentPostProcessor {

  private static final String EXTERNAL_URI_VARIABLE = "MONGODB_URI";
  // The property source of FiscalTrailDefaults, whose localhost:27017 URI this default replaces.
  private static final String SHARED_DEFAULTS = "fiscaltrailDefaults";

  private final Log log;

  // Logging is not configured yet when post-processors run; the deferred log replays later.
  public EmbeddedMongoEnvironmentPostProcessor(DeferredLogFactory logFactory) {
    this.log = logFactory.getLog(getClass());
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (StringUtils.hasText(environment.getProperty(EXTERNAL_URI_VARIABLE))) {
      log.info(EXTERNAL_URI_VARIABLE + " is set: no embedded MongoDB");
      return;
    }
    EmbeddedMongoOnDemand embeddedMongo =
        new EmbeddedMongoOnDemand(EmbeddedMongoProperties.from(environment), log);
    addAboveSharedDefaults(environment.getPropertySources(), embeddedMongo);
    application.addInitializers(new EmbeddedMongoContextInitializer(embeddedMongo));
  }

  // Last, but above the shared defaults whichever post-processor ran first.
  private static void addAboveSharedDefaults(
      MutablePropertySources sources, EmbeddedMongoOnDemand embeddedMongo) {
    EmbeddedMongoUriPropertySource uri = new EmbeddedMongoUriPropertySource(embeddedMongo);
    if (sources.contains(SHARED_DEFAULTS)) {
      sources.addBefore(SHARED_DEFAULTS, uri);
    } else {
      sources.addLast(uri);
    }
  }
}
