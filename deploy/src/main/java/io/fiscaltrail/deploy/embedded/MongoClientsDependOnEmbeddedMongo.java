package io.fiscaltrail.deploy.embedded;

import com.mongodb.client.MongoClient;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;

/**
 * Makes every MongoClient bean depend on the embedded server, so the context destroys the clients
 * (and everything using them, such as Axon's processors) before it stops the server.
 */
class MongoClientsDependOnEmbeddedMongo extends AbstractDependsOnBeanFactoryPostProcessor {

  MongoClientsDependOnEmbeddedMongo() {
    super(MongoClient.class, EmbeddedMongoContextInitializer.BEAN_NAME);
  }
}
