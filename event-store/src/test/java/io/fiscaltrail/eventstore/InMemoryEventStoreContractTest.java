package io.fiscaltrail.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract on the embedded server FiscalTrail runs on by default, kept in memory. */
class InMemoryEventStoreContractTest extends EventStoreContractTest {

  private static MongoServer server;
  private static MongoClient client;

  @BeforeAll
  static void startServer() {
    server = new MongoServer(H2Backend.inMemory());
    server.bind("127.0.0.1", 0);
    InetSocketAddress address = server.getLocalAddress();
    client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
  }

  @AfterAll
  static void stopServer() {
    client.close();
    server.shutdownNow();
  }

  @Override
  protected MongoClient mongoClient() {
    return client;
  }
}
