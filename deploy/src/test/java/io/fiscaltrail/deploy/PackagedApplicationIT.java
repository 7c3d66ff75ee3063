package io.fiscaltrail.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.access.account.AccountBootstrap;
import io.fiscaltrail.access.account.DemoAccounts;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * The jar a new user runs, exactly as the README says: {@code java -jar deploy/target/fiscaltrail.jar
 * --demo} serves the seed year from the embedded default to the demo auditor (and nothing to an
 * anonymous caller), and {@code import} refuses a bad file
 * with exit code 2.
 */
class PackagedApplicationIT {

  private static final Path JAR = Path.of("target", "fiscaltrail.jar");

  @TempDir Path workDir;
  private Process application;

  @AfterEach
  void stop() {
    if (application != null) {
      application.destroy();
    }
  }

  @Test
  void servesTheSeedYearFromTheEmbeddedDefault() throws IOException {
    int port = freePort();
    application = java(List.of("-jar", JAR.toAbsolutePath().toString(), "--demo", "--server.port=" + port,
        "--fiscaltrail.data-dir=" + workDir.resolve("data")));
    RestClient api = RestClient.builder()
        .baseUrl("http://127.0.0.1:" + port)
        .defaultHeader(HttpHeaders.AUTHORIZATION, TestAccounts.authorization(DemoAccounts.AUDITOR))
        .build();
    await().atMost(Duration.ofSeconds(180)).ignoreExceptions().untilAsserted(() -> {
      JsonNode budget = api.get().uri("/api/departments/beita-union/years/2022/budget?asOf=2022-12-31")
          .retrieve().body(JsonNode.class);
      assertThat(budget.get("appropriated").asText()).isEqualTo("1492000.00");
      assertThat(budget.get("spent").asText()).isEqualTo("1492000.00");
    });
    assertThat(api.get().uri("/actuator/health").retrieve().body(JsonNode.class).get("status").asText())
        .isEqualTo("UP");
    int anonymous = RestClient.create("http://127.0.0.1:" + port).get().uri("/api/departments/beita-union")
        .exchange((request, response) -> response.getStatusCode().value());
    assertThat(anonymous).isEqualTo(401);
    assertThat(Files.exists(workDir.resolve("data").resolve("fiscaltrail.mv"))).isTrue();
  }

  @Test
  void refusesABadImportFileWithExitCodeTwo() throws Exception {
    Path bad = workDir.resolve("bad.ndjson");
    Files.writeString(bad, "{\"type\":\"grant\",\"source\":\"test\"}\n");
    Process importing = java(List.of("-jar", JAR.toAbsolutePath().toString(), "import", bad.toString(),
        "--fiscaltrail.data-dir=" + workDir.resolve("data")));
    assertThat(importing.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(importing.exitValue()).isEqualTo(2);
    assertThat(Files.readString(workDir.resolve("java.log"))).contains("bad.ndjson:1");
  }

  private Process java(List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workDir.resolve("java.log").toFile());
    builder.environment().remove("MONGODB_URI");
    builder.environment().remove(AccountBootstrap.ADMIN_PASSWORD_VARIABLE);
    return builder.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
