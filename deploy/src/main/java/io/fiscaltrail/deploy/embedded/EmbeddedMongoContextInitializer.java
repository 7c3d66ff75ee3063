package io.fiscaltrail.deploy.embedded;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Makes the embedded server a bean of the application context, so that the context stops it, and
 * only after every MongoClient bean is gone.
 */
class EmbeddedMongoContextInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final String BEAN_NAME = "embeddedMongo";

  private final EmbeddedMongoOnDemand embeddedMongo;

  EmbeddedMongoContextInitializer(EmbeddedMongoOnDemand embeddedMongo) {
    this.embeddedMongo = embeddedMongo;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    // A bean definition rather than registerSingleton: only defined beans get destroy callbacks,
    // and the context calls close() on an AutoCloseable bean.
    BeanDefinitionRegistry registry = (BeanDefinitionRegistry) context.getBeanFactory();
    registry.registerBeanDefinition(
        BEAN_NAME, new RootBeanDefinition(EmbeddedMongoOnDemand.class, () -> embeddedMongo));
    context.addBeanFactoryPostProcessor(new MongoClientsDependOnEmbeddedMongo());
  }
}
