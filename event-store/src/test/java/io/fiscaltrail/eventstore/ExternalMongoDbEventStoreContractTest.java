package io.fiscaltrail.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The contract on the MongoDB that {@code MONGODB_URI} names, such as a replica set. Each test
 * works in a database of its own with a random name and drops only that.
 */
@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+")
class ExternalMongoDbEventStoreContractTest extends EventStoreContractTest {

  private static MongoClient client;

  @BeforeAll
  static void connect() {
    client = MongoClients.create(System.getenv("MONGODB_URI"));
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
