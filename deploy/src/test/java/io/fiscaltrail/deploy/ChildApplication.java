package io.fiscaltrail.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.fiscaltrail.access.account.AccountBootstrap;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * The all-in-one application as a child process on the embedded default (a data directory and a
 * MongoDB port of the test's choosing), signed in as the configured admin, so that a test can kill
 * it with SIGKILL and start it again on the same data.
 */
public final class ChildApplication implements AutoCloseable {

  private static final int SIGKILL_EXIT_STATUS = 128 + 9;

  private final Process process;
  private final RestClient api;

  private ChildApplication(Process process, RestClient api) {
    this.process = process;
    this.api = api;
  }

  /** Starts the application and waits until its health is UP (minutes on a loaded 2-core machine). */
  public static ChildApplication start(Path dataDir, int mongoPort) throws IOException {
    int port = freePort();
    Path log = Files.createTempFile("child-application", ".log");
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m",
        "-cp", mainClasspath(),
        FiscalTrailApplication.class.getName(),
        "--server.port=" + port,
        "--fiscaltrail.data-dir=" + dataDir,
        "--fiscaltrail.embedded-mongo.port=" + mongoPort)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().remove("MONGODB_URI");
    builder.environment().put(AccountBootstrap.ADMIN_PASSWORD_VARIABLE, TestAccounts.ADMIN_PASSWORD);
    Process process = builder.start();
    RestClient api = RestClient.builder()
        .baseUrl("http://127.0.0.1:" + port)
        .defaultHeader(HttpHeaders.AUTHORIZATION, TestAccounts.authorization("admin", TestAccounts.ADMIN_PASSWORD))
        .build();
    ChildApplication application = new ChildApplication(process, api);
    await().atMost(Duration.ofSeconds(300)).ignoreExceptions().until(() ->
        api.get().uri("/actuator/health").retrieve().body(JsonNode.class).get("status").asText().equals("UP"));
    return application;
  }

  public RestClient api() {
    return api;
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(SIGKILL_EXIT_STATUS);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** This JVM's classpath without test classes, as the packaged application would have it. */
  private static String mainClasspath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar"))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
