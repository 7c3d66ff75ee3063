package io.fiscaltrail.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.embedded.WireServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import FILE} run in-process, as {@code main} runs it, against a MongoDB wire server. */
class ImportCommandLineTest {

  private static final WireServer MONGO = new WireServer();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  @Test
  void storesAGoodFileAndExitsWithZero() throws Exception {
    int exitCode = importInto("cli-good", file("import/base.ndjson"));

    assertThat(exitCode).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported 2 records").contains("3 events stored");
    try (MongoClient client = MongoClients.create(MONGO.uri("cli-good"))) {
      List<Object> actors = new ArrayList<>();
      client.getDatabase("cli-good").getCollection("domainevents").find()
          .forEach((Document event) -> actors.add(event.get("metaData", Document.class).get("actor")));
      assertThat(actors).hasSize(3).containsOnly("system:cli");
    }
  }

  @Test
  void listsEveryBadLineOnStderrAndExitsWithTwo() throws Exception {
    String badFile = file("import/bad/mistyped-field.ndjson");

    int exitCode = importInto("cli-bad", badFile);

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        badFile + ":1: department: department catalogue is not registered",
        badFile + ":2: year: must be a whole number such as 2022",
        badFile + ":2: governmentProcurement: must be true or false",
        "2 bad lines; nothing was stored");
  }

  @Test
  void refusesAFileWhoseEventsWouldNotFitOneWriteAndStoresNothing(@TempDir Path dir) throws Exception {
    // 48 vouchers with descriptions of a megabyte: more than one insert command holds
    StringBuilder records = new StringBuilder(Files.readString(Path.of(file("import/base.ndjson"))));
    for (int n = 1; n <= 48; n++) {
      records.append("""
          {"type":"expenditure","source":"big file","department":"catalogue","year":2022,"voucher":"BIG-%d","amount":"1.00",\
          "effectiveDate":"2022-03-01","line":"BASIC_PUBLIC","functionalClass":"2012901","economicClass":"30201",\
          "description":"%s"}
          """.formatted(n, "x".repeat(1_000_000)));
    }
    Path big = Files.writeString(dir.resolve("big.ndjson"), records);

    int exitCode = importInto("cli-big", big.toString());

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(big + ":1: file: is too large to store all or nothing: its 51 events take")
        .contains("split it into smaller files")
        .contains("1 bad line; nothing was stored");
    try (MongoClient client = MongoClients.create(MONGO.uri("cli-big"))) {
      assertThat(client.getDatabase("cli-big").getCollection("domainevents").countDocuments()).isZero();
    }
  }

  @Test
  void exitsWithTwoWhenTheArgumentsNameNoFile() {
    int exitCode = ImportCommandLine.run(FiscalTrailApplication.class, new String[] {"import"}, print(out), print(err));

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("name exactly one file to import").contains("usage:");
  }

  @Test
  void exitsWithOneWhenTheStoreCannotBeReached() throws Exception {
    String[] args = {"import", file("import/base.ndjson"),
        "--spring.data.mongodb.uri=mongodb://127.0.0.1:9/none?serverSelectionTimeoutMS=300&connectTimeoutMS=300"};

    int exitCode = ImportCommandLine.run(FiscalTrailApplication.class, args, print(out), print(err));

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("import failed, nothing was stored");
  }

  private int importInto(String database, String file) {
    String[] args = {"import", file, "--spring.data.mongodb.uri=" + MONGO.uri(database)};
    return ImportCommandLine.run(FiscalTrailApplication.class, args, print(out), print(err));
  }

  private static String file(String resource) throws URISyntaxException {
    return Path.of(ImportCommandLineTest.class.getClassLoader().getResource(resource).toURI()).toString();
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
