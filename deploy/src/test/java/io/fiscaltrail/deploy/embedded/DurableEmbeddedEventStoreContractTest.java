package io.fiscaltrail.deploy.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.fiscaltrail.eventstore.EventStoreContractTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on the embedded default exactly as the application runs it: the durable
 * backend on a data file, committing and syncing before each acknowledgement.
 */
class DurableEmbeddedEventStoreContractTest extends EventStoreContractTest {

  private static EmbeddedMongoServer server;
  private static MongoClient client;

  @BeforeAll
  static void startServer() throws Exception {
    Path dataDir = Files.createTempDirectory("contract");
    server = EmbeddedMongoServer.start(dataDir, 0);
    client = MongoClients.create(server.uri());
  }

  @AfterAll
  static void stopServer() {
    client.close();
    server.close();
  }

  @Override
  protected MongoClient mongoClient() {
    return client;
  }
}
