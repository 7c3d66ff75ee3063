package io.fiscaltrail.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.access.account.AccountBootstrap;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.deploy.embedded.WireServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The split deployment: the command side and the query side run as two separate processes, each
 * from its own executable jar, on one MongoDB; what is written through one is read through the
 * other. The jars are built by the package phase of their modules, before this module's tests.
 */
class SplitProcessesTest {

  private final WireServer mongo = new WireServer();
  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void stop() {
    processes.forEach(Process::destroyForcibly);
    mongo.close();
  }

  @Test
  void canWriteThroughTheCommandProcessAndReadThroughTheQueryProcess() throws IOException {
    Optional<Path> commandJar = executableJar("command-side");
    Optional<Path> queryJar = executableJar("query-side");
    assumeThat(commandJar).as("command-side executable jar (run `./mvnw package`)").isPresent();
    assumeThat(queryJar).as("query-side executable jar (run `./mvnw package`)").isPresent();

    RestClient commands = client(launch(commandJar.get(), "command"));
    RestClient queries = client(launch(queryJar.get(), "query"));
    awaitListening(commands);
    awaitListening(queries);

    commands.post().uri("/api/departments").contentType(MediaType.APPLICATION_JSON)
        .body("""
            {"code":"split","name":"分离部署","authorizedHeadcount":2,"actualHeadcount":2,"divisions":1}""")
        .retrieve().toBodilessEntity();
    commands.post().uri("/api/departments/split/years/2022/appropriations").contentType(MediaType.APPLICATION_JSON)
        .body("""
            {"kind":"INITIAL","amount":"1234.56","effectiveDate":"2022-02-01","document":"d"}""")
        .retrieve().toBodilessEntity();

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      JsonNode budget = queries.get().uri("/api/departments/split/years/2022/budget?asOf=2022-12-31")
          .exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
              ? response.bodyTo(JsonNode.class) : null);
      assertThat(budget).isNotNull();
      assertThat(budget.get("initial").asText()).isEqualTo("1234.56");
    });
  }

  private int launch(Path jar, String name) throws IOException {
    int port = freePort();
    Path log = Files.createTempFile("split-" + name, ".log");
    ProcessBuilder builder = new ProcessBuilder(
        javaExecutable(), "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("MONGODB_URI", mongo.uri("split"));
    builder.environment().put(AccountBootstrap.ADMIN_PASSWORD_VARIABLE, TestAccounts.ADMIN_PASSWORD);
    processes.add(builder.start());
    return port;
  }

  /** Signs in as {@code admin} with the password both processes were given. */
  private static RestClient client(int port) {
    return RestClient.builder()
        .baseUrl("http://127.0.0.1:" + port)
        .defaultHeader(HttpHeaders.AUTHORIZATION, TestAccounts.authorization("admin", TestAccounts.ADMIN_PASSWORD))
        .build();
  }

  private static void awaitListening(RestClient client) {
    await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() ->
        client.get().uri("/actuator/health").exchange((request, response) -> response.getStatusCode() != null));
  }

  private static Optional<Path> executableJar(String module) throws IOException {
    Path target = Path.of("..", module, "target");
    if (!Files.isDirectory(target)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst();
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
