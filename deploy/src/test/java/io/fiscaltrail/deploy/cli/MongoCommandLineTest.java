package io.fiscaltrail.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MongoCommandLineTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void cannotStartWithAnUnknownArgument() throws InterruptedException {
    assertThat(run("mongo", "--prot=27017")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--prot=27017: unknown argument").contains(MongoCommandLine.USAGE);
    assertThat(out.size()).isZero();
  }

  @Test
  void cannotStartWithAPortThatIsNotANumber() throws InterruptedException {
    assertThat(run("mongo", "--port=abc")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("--port=abc: ");
  }

  private int run(String... args) throws InterruptedException {
    return MongoCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
