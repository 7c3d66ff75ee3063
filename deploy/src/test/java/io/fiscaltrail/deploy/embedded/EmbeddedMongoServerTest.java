package io.fiscaltrail.deploy.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerTest {

  @TempDir Path dataDir;

  @Test
  void listensOnTheLoopbackAddressOnly() throws SocketException {
    Optional<InetAddress> otherAddress = NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .findFirst();
    assumeThat(otherAddress).as("a non-loopback IPv4 address on this machine").isPresent();

    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0)) {
      assertThat(server.uri()).isEqualTo("mongodb://127.0.0.1:" + server.port() + "/fiscaltrail");
      assertThatThrownBy(() -> new Socket(otherAddress.get(), server.port()).close())
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void theFileStaysSmallWhileOneDocumentIsRewrittenOverAndOver() throws IOException {
    // Each commit writes a new chunk of some 10 to 40 KB. With MVStore's default retention time of
    // 45 seconds the old ones pile up: 1,000 updates left a file of 10.8 MB.
    try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
        MongoClient client = MongoClients.create(server.uri())) {
      MongoCollection<Document> counters =
          client.getDatabase(EmbeddedMongoServer.DATABASE).getCollection("counters");
      counters.insertOne(new Document("_id", "writes").append("count", 0));
      for (int i = 0; i < 1_000; i++) {
        counters.updateOne(Filters.eq("_id", "writes"), Updates.inc("count", 1));
      }
      assertThat(counters.find().first()).containsEntry("count", 1_000);
      Path dataFile = dataDir.resolve(EmbeddedMongoServer.DATA_FILE_NAME);
      assertThat(Files.size(dataFile)).isLessThan(4_000_000);
    }
  }
}
