package io.fiscaltrail.deploy.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs real Spring applications, so the post-processor is found through spring.factories. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedMongoEnvironmentPostProcessorTest {

  @TempDir Path tempDir;

  @Test
  void startsNoEmbeddedServerWhenMongoDbUriIsSet() {
    Path dataDir = tempDir.resolve("data");
    String external = "mongodb://db.example:27017/fiscaltrail";
    try (ConfigurableApplicationContext context = run(NoBeans.class,
        "--MONGODB_URI=" + external, "--fiscaltrail.data-dir=" + dataDir)) {
      assertThat(context.getEnvironment().getProperty("spring.data.mongodb.uri"))
          .isEqualTo(external);
      assertThat(context.getBeanNamesForType(EmbeddedMongoOnDemand.class)).isEmpty();
      assertThat(dataDir).doesNotExist();
    }
  }

  @Test
  void startsNoEmbeddedServerWhenTheMongoDbUriPropertyIsGiven() {
    Path dataDir = tempDir.resolve("data");
    String given = "mongodb://127.0.0.1:9/fiscaltrail";
    try (ConfigurableApplicationContext context = run(NoBeans.class,
        "--spring.data.mongodb.uri=" + given, "--fiscaltrail.data-dir=" + dataDir)) {
      assertThat(context.getEnvironment().getProperty("spring.data.mongodb.uri")).isEqualTo(given);
      assertThat(dataDir).doesNotExist();
    }
  }

  @Test
  void startsTheEmbeddedServerOnTheConfiguredPortAndKeepsItsData(CapturedOutput output)
      throws IOException {
    Path dataDir = tempDir.resolve("not/yet/there");
    int port = freePort();
    String[] args = {
        "--fiscaltrail.data-dir=" + dataDir, "--fiscaltrail.embedded-mongo.port=" + port};
    String uri = "mongodb://127.0.0.1:" + port + "/fiscaltrail";

    try (ConfigurableApplicationContext context = run(WithMongoClient.class, args)) {
      assertThat(context.getEnvironment().getProperty("spring.data.mongodb.uri")).isEqualTo(uri);
      facts(context).insertOne(new Document("_id", "kept"));
      String[] dependents = context.getBeanFactory()
          .getDependentBeans(EmbeddedMongoContextInitializer.BEAN_NAME);
      assertThat(dependents)
          .as("MongoClient beans close before the server")
          .contains(context.getBeanNamesForType(MongoClient.class));
    }
    assertThat(output).contains("Embedded MongoDB at " + uri);
    assertThat(dataDir.resolve("fiscaltrail.mv")).isRegularFile();
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .as("the server stops with the context")
        .isInstanceOf(IOException.class);

    try (ConfigurableApplicationContext context = run(WithMongoClient.class, args)) {
      assertThat(facts(context).find(new Document("_id", "kept")).first()).isNotNull();
    }
  }

  private static MongoCollection<Document> facts(ConfigurableApplicationContext context) {
    return context.getBean(MongoClient.class).getDatabase("fiscaltrail").getCollection("facts");
  }

  private static ConfigurableApplicationContext run(Class<?> source, String... args) {
    return new SpringApplicationBuilder(source).web(WebApplicationType.NONE).run(args);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  // Plain classes rather than @Configuration, so that no component scan of the application
  // (which covers io.fiscaltrail) picks them up.
  static class NoBeans {}

  @ImportAutoConfiguration(MongoAutoConfiguration.class)
  static class WithMongoClient {}
}
