package io.fiscaltrail.deploy.embedded;

import org.springframework.core.env.PropertySource;

/**
 * Answers {@code spring.data.mongodb.uri} with the embedded server's URI. It sits below every
 * source the application or a test configures, so it is only asked, and the server only started,
 * when none of them names a MongoDB.
 */
final class EmbeddedMongoUriPropertySource extends PropertySource<EmbeddedMongoOnDemand> {

  static final String NAME = "fiscaltrailEmbeddedMongo";
  static final String MONGODB_URI = "spring.data.mongodb.uri";

  EmbeddedMongoUriPropertySource(EmbeddedMongoOnDemand embeddedMongo) {
    super(NAME, embeddedMongo);
  }

  @Override
  public Object getProperty(String name) {
    return MONGODB_URI.equals(name) ? getSource().uri() : null;
  }
}
