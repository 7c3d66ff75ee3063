package io.fiscaltrail.deploy.importing;

import io.fiscaltrail.deploy.embedded.WireServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fiscaltrail.command.department.DepartmentDirectory;
import io.fiscaltrail.command.importing.Importer;
import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.TestAccounts;
import io.fiscaltrail.kernel.department.DepartmentCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The catalogue of bad files (src/test/resources/import/bad), each posted to the running
 * application on a MongoDB wire server: each is refused as a whole with every bad line named, and
 * the store holds exactly as many events afterwards as before.
 */
@SpringBootTest(
    classes = FiscalTrailApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = TestAccounts.DEMO_ACCOUNTS)
class ImportCatalogueTest {

  private static final WireServer MONGO = new WireServer();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NDJSON = "application/x-ndjson";

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("catalogue"));
  }

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  private TestRestTemplate http;

  @Autowired
  void signIn(TestRestTemplate anonymous) {
    http = TestAccounts.admin(anonymous);
  }
  @Autowired private MongoTemplate store;
  @Autowired private Importer importer;
  @Autowired private DepartmentDirectory departments;

  /** Department {@code catalogue} with voucher BASE-1 of 2022, which some bad files collide with. */
  @BeforeEach
  void storeTheBase() throws IOException {
    if (!departments.isRegistered(DepartmentCode.of("catalogue"))) {
      importer.importNdjson(file("import/base.ndjson"));
    }
  }

  @Test
  void cannotImportALineThatIsNotJson() throws IOException {
    assertRefused("malformed-json.ndjson", error(2, "record", "is not valid JSON: Unexpected end-of-input*"));
  }

  @Test
  void cannotImportAnUnknownRecordType() throws IOException {
    assertRefused("unknown-type.ndjson", error(2, "type", "is not a record type: grant*"));
  }

  @Test
  void cannotImportARecordWithoutARequiredField() throws IOException {
    assertRefused("missing-field.ndjson", error(2, "voucher", "is missing"));
  }

  @Test
  void cannotImportAFieldOfTheWrongType() throws IOException {
    assertRefused("mistyped-field.ndjson",
        error(2, "year", "must be a whole number such as 2022"),
        error(2, "governmentProcurement", "must be true or false"));
  }

  @Test
  void cannotImportANegativeAmount() throws IOException {
    assertRefused("negative-amount.ndjson", error(2, "amount", "must not be negative: the record type gives the direction"));
  }

  @Test
  void cannotImportAnAmountFinerThanAFen() throws IOException {
    assertRefused("over-precise-amount.ndjson", error(2, "amount", "amount has more than two decimals: 100.001"));
  }

  @Test
  void cannotImportADateOutsideTheFiscalYear() throws IOException {
    assertRefused("date-outside-year.ndjson", error(2, "effectiveDate", "2023-01-05 is outside fiscal year 2022"));
  }

  @Test
  void cannotImportForAnUnknownDepartment() throws IOException {
    assertRefused("unknown-department.ndjson", error(2, "department", "department nobody is not registered"));
  }

  @Test
  void cannotImportAVoucherNumberTwiceInOneFile() throws IOException {
    assertConflict("duplicate-voucher-in-file.ndjson", error(2, "voucher", "voucher DV-1 is already recorded in this year"));
  }

  @Test
  void cannotImportAVoucherNumberTheStoreHolds() throws IOException {
    assertConflict("duplicate-voucher-in-store.ndjson", error(2, "voucher", "voucher BASE-1 is already recorded in this year"));
  }

  @Test
  void cannotCorrectAVoucherThatExistsNowhere() throws IOException {
    assertRefused("correction-of-nothing.ndjson", error(2, "corrects", "no voucher CN-2 was recorded in this year"));
  }

  @Test
  void cannotReverseAVoucherThatExistsNowhere() throws IOException {
    assertRefused("reversal-of-nothing.ndjson", error(2, "voucher", "no voucher RN-2 was recorded in this year"));
  }

  @Test
  void namesEveryBadLineOfAFileMixingGoodAndBadAndStoresNoneOfIt() throws IOException {
    assertRefused("mixed-good-and-bad.ndjson",
        error(2, "record", "is not valid JSON*"),
        error(4, "type", "is not a record type: transfer*"),
        error(5, "voucher", "voucher M-1 is already recorded in this year"),
        error(7, "amount", "amount has more than two decimals: 1.001"),
        error(7, "colour", "is not a field of this record type"),
        error(9, "effectiveDate", "2021-12-31 is outside fiscal year 2022"));
  }

  @Test
  void namesTheLineAndColumnOfEveryBadLedgerRowAndStoresNoneOfIt() throws IOException {
    long before = storedEvents();

    JsonNode problem = refusal(post("/api/departments/catalogue/years/2022/ledger", "text/csv", "import/bad/bad-ledger.csv"));

    assertThat(errors(problem)).containsExactly(
        error(3, "amount", "must be a decimal such as \"1234.50\""),
        error(4, "effectiveDate", "must be a date as YYYY-MM-DD: 2022-13-01"),
        error(4, "line", "must be one of BASIC_PERSONNEL|BASIC_PUBLIC|PROJECT|UNASSIGNED: PERSONNEL"),
        error(5, "voucher", "voucher BASE-1 is already recorded in this year"));
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void canImportALedgerAndAnswersWithTheEventsItAppended() throws IOException {
    long before = storedEvents();

    ResponseEntity<String> response = post("/api/departments/catalogue/years/2022/ledger", "text/csv", "import/ledger.csv");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode answer = JSON.readTree(response.getBody());
    assertThat(answer.get("records").asInt()).isEqualTo(2);
    assertThat(answer.get("events")).extracting(e -> e.get("stream").asText() + " " + e.get("type").asText())
        .containsExactly("catalogue/2022 ExpenditureRecorded", "catalogue/2022 ExpenditureRecorded");
    assertThat(storedEvents()).isEqualTo(before + 2);
  }

  private void assertRefused(String badFile, Error... expected) throws IOException {
    long before = storedEvents();

    JsonNode problem = refusal(post("/api/import", NDJSON, "import/bad/" + badFile));

    assertThat(errors(problem)).containsExactly(expected);
    assertThat(storedEvents()).isEqualTo(before);
  }

  /** A well-formed file that clashes with what is recorded: 409, every clashing line named, nothing stored. */
  private void assertConflict(String badFile, Error... expected) throws IOException {
    long before = storedEvents();

    ResponseEntity<String> response = post("/api/import", NDJSON, "import/bad/" + badFile);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode problem = JSON.readTree(response.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:fiscaltrail:problem:conflicting-import");
    assertThat(errors(problem)).containsExactly(expected);
    assertThat(storedEvents()).isEqualTo(before);
  }

  private ResponseEntity<String> post(String path, String contentType, String resource) throws IOException {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(contentType));
    return http.postForEntity(path, new HttpEntity<>(file(resource), headers), String.class);
  }

  private static JsonNode refusal(ResponseEntity<String> response) throws IOException {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    JsonNode problem = JSON.readTree(response.getBody());
    assertThat(problem.get("type").asText()).isEqualTo("urn:fiscaltrail:problem:invalid-import");
    return problem;
  }

  /** The problem's errors, each reason cut to an expected prefix where the expectation ends in {@code *}. */
  private static List<Error> errors(JsonNode problem) {
    List<Error> errors = new ArrayList<>();
    problem.get("errors").forEach(e -> errors.add(
        new Error(e.get("line").asInt(), e.get("field").asText(), e.get("reason").asText())));
    return errors;
  }

  private long storedEvents() {
    return store.eventCollection().countDocuments();
  }

  private static byte[] file(String resource) throws IOException {
    return new ClassPathResource(resource).getContentAsByteArray();
  }

  private static Error error(int line, String field, String reason) {
    return new Error(line, field, reason);
  }

  /** One error as the answer lists it; a reason ending in {@code *} matches any reason it starts. */
  private record Error(int line, String field, String reason) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Error that && line == that.line && field.equals(that.field) && matches(that);
    }

    private boolean matches(Error that) {
      return reason.endsWith("*") ? that.reason.startsWith(reason.substring(0, reason.length() - 1))
          : that.reason.endsWith("*") ? reason.startsWith(that.reason.substring(0, that.reason.length() - 1))
          : reason.equals(that.reason);
    }

    @Override
    public int hashCode() {
      return Integer.hashCode(line) * 31 + field.hashCode();
    }
  }
}
