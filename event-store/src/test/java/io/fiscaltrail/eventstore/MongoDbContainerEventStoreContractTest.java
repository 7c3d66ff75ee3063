package io.fiscaltrail.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The contract on a real MongoDB 7; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbContainerEventStoreContractTest extends EventStoreContractTest {

  @Container
  private static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");

  private static MongoClient client;

  @BeforeAll
  static void connect() {
    client = MongoClients.create(MONGO.getConnectionString());
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @Override
  protected MongoClient mongoClient() {
    return client;
  }
}
