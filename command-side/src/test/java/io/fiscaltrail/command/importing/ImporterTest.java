package io.fiscaltrail.command.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.fiscaltrail.command.asset.AssetRegister;
import io.fiscaltrail.command.InMemoryMongo;
import io.fiscaltrail.command.budget.BudgetYear;
import io.fiscaltrail.command.budget.VoucherKeys;
import io.fiscaltrail.command.budget.VoucherRegister;
import io.fiscaltrail.command.department.Department;
import io.fiscaltrail.command.department.DepartmentDirectory;
import io.fiscaltrail.eventstore.GlobalSequenceEventStorageEngine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.department.DepartmentCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The importer on the real aggregates and Axon's own command bus and unit of work, with the events
 * kept in an in-memory MongoDB by the real event store: what one file's lines see of each other, and that a refused file leaves nothing.
 * The same catalogue runs against MongoDB in the deploy module.
 */
class ImporterTest {

  private static final String UNION =
      """
      {"type":"department","source":"test","department":"beita-union","name":"北塔区总工会","authorizedHeadcount":3,"actualHeadcount":3}
      """.strip();

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final GlobalSequenceEventStorageEngine storage = mongo.eventStorage(new VoucherKeys());
  private Configuration axon;
  private Importer importer;

  @BeforeEach
  void startAxon() {
    axon = DefaultConfigurer.defaultConfiguration(false)
        .configureEmbeddedEventStore(c -> storage)
        .configureAggregate(Department.class)
        .configureAggregate(BudgetYear.class)
        .configureAggregate(AssetRegister.class)
        .registerComponent(DepartmentDirectory.class, c -> this::isRegistered)
        .registerComponent(VoucherRegister.class, c -> new VoucherRegister(storage))
        .buildConfiguration();
    axon.start();
    axon.commandBus().registerHandlerInterceptor(new ImportLineInterceptor());
    importer = new Importer(axon.commandBus(), this::isRegistered, new VoucherRegister(storage));
  }

  @AfterEach
  void stopAxon() {
    axon.shutdown();
    mongo.close();
  }

  private boolean isRegistered(DepartmentCode code) {
    return axon.eventStore().lastSequenceNumberFor(code.value()).isPresent();
  }

  private List<? extends EventMessage<?>> stored() {
    return storage.readEvents(null, false).toList();
  }

  private static byte[] lines(String... lines) {
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private static String expenditure(String voucher, String extra) {
    return "{\"type\":\"expenditure\",\"source\":\"test\",\"department\":\"beita-union\",\"year\":2022,"
        + "\"voucher\":\"" + voucher + "\",\"amount\":\"100.00\",\"effectiveDate\":\"2022-03-01\","
        + "\"line\":\"BASIC_PUBLIC\",\"functionalClass\":\"2012901\",\"economicClass\":\"30201\"" + extra + "}";
  }

  @Test
  void canRegisterADepartmentAndRecordItsYearInOneFile() {
    ImportResult result = importer.importNdjson(lines(UNION, expenditure("V1", ""), expenditure("V2", "")));

    assertThat(result.records()).isEqualTo(3);
    assertThat(result.recordsByType()).containsExactly(entry("department", 1), entry("expenditure", 2));
    assertThat(stored()).extracting(e -> e.getPayloadType().getSimpleName())
        .containsExactly("DepartmentRegistered", "BudgetYearOpened", "ExpenditureRecorded", "ExpenditureRecorded");
  }

  @Test
  void eventsCarryTheSourceAndLineOfTheirRecord() {
    importer.importNdjson(lines(UNION, expenditure("V1", "")));

    EventMessage<?> expenditure = stored().get(2);
    assertThat(expenditure.getMetaData()).containsEntry("source", "test").containsEntry("importLine", 2);
  }

  @Test
  void cannotRecordAVoucherTwiceInOneFile() {
    assertRefused(lines(UNION, expenditure("V1", ""), expenditure("V1", "")),
        new LineProblem(3, "voucher", "voucher V1 is already recorded in this year"));
  }

  @Test
  void aRefusedFileLeavesNoVoucherBehind() {
    importer.importNdjson(lines(UNION));

    assertRefused(lines(expenditure("V1", ""), expenditure("V1", "")),
        new LineProblem(2, "voucher", "voucher V1 is already recorded in this year"));

    assertThat(importer.importNdjson(lines(expenditure("V1", ""))).records()).isEqualTo(1);
  }

  @Test
  void aFilesVouchersAreReadFromTheStoreInOneReadNotOneALineAndCheckedInOneByTheAppend() {
    importer.importNdjson(lines(UNION, expenditure("V1", ""), expenditure("V2", "")));
    int before = voucherReads();

    String[] file = new String[41];
    for (int i = 0; i < 40; i++) {
      file[i] = expenditure("N" + i, "");
    }
    file[40] = expenditure("N40", ",\"corrects\":\"V1\"");
    assertThat(importer.importNdjson(lines(file)).records()).isEqualTo(41);

    // one read ahead of the lines; one by the store, which looks up the keys of an append of many events before inserting it
    assertThat(voucherReads() - before).isEqualTo(2);
    assertRefused(lines(expenditure("N7", ""), expenditure("N99", ",\"corrects\":\"V1\"")),
        new LineProblem(1, "voucher", "voucher N7 is already recorded in this year"),
        new LineProblem(2, "corrects", "voucher V1 is already reversed"));
  }

  private int voucherReads() {
    return mongo.findsFiltering("uniqueKey");
  }

  @Test
  void eachVoucherEventCarriesItsUniqueKey() {
    importer.importNdjson(lines(UNION, expenditure("V1", ""), expenditure("V2", ",\"corrects\":\"V1\"")));

    assertThat(mongo.collection("domainevents").find().map(event -> event.getString("uniqueKey")))
        .containsExactly(null, null, "beita-union/2022#V1#recorded", "beita-union/2022#V1#reversed",
            "beita-union/2022#V2#recorded");
  }

  @Test
  void cannotRecordAVoucherTheStoreAlreadyHolds() {
    importer.importNdjson(lines(UNION, expenditure("V1", "")));
    int before = stored().size();

    assertRefused(lines(expenditure("V1", "")), new LineProblem(1, "voucher", "voucher V1 is already recorded in this year"));
    assertThat(stored()).hasSize(before);
  }

  @Test
  void cannotCorrectAVoucherThatExistsNowhere() {
    assertRefused(lines(UNION, expenditure("V2", ",\"corrects\":\"V1\"")),
        new LineProblem(2, "corrects", "no voucher V1 was recorded in this year"));
  }

  @Test
  void cannotRecordForADepartmentTheFileDoesNotRegister() {
    assertRefused(lines(expenditure("V1", "")), new LineProblem(1, "department", "department beita-union is not registered"));
  }

  @Test
  void checksTheLinesAfterARefusalAgainstWhatTheFileStagedBeforeIt() {
    String reversal = "{\"type\":\"reversal\",\"source\":\"test\",\"department\":\"beita-union\",\"year\":2022,"
        + "\"voucher\":\"V1\",\"effectiveDate\":\"2022-04-01\",\"document\":\"红字凭证\",\"reason\":\"重复报销\"}";

    assertRefused(lines(UNION, expenditure("V1", ""), expenditure("V1", ""), reversal),
        new LineProblem(3, "voucher", "voucher V1 is already recorded in this year"));
  }

  @Test
  void reportsEveryBadLineOfAMixedFileAndStoresNone() {
    assertRefused(
        lines(UNION, "{not json", expenditure("V1", ""), expenditure("V2", ",\"corrects\":\"V9\""), expenditure("V1", "")),
        new LineProblem(2, "record", "is not valid JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name"),
        new LineProblem(4, "corrects", "no voucher V9 was recorded in this year"),
        new LineProblem(5, "voucher", "voucher V1 is already recorded in this year"));
  }

  @Test
  void canImportALedgerOfVouchers() {
    importer.importNdjson(lines(UNION));
    String ledger = """
        voucher,effectiveDate,amount,line,functionalClass,economicClass,payee,description
        L-1,2022-02-01,1200.00,BASIC_PUBLIC,2012901,30201,文具店,"办公用品, 一批"
        L-2,2022-02-02,300.50,BASIC_PUBLIC,2012901,30201,,
        """.strip();

    ImportResult result = importer.importLedger(BudgetYearId.of("beita-union", 2022), ledger.getBytes(StandardCharsets.UTF_8));

    assertThat(result.records()).isEqualTo(2);
    assertThat(stored()).hasSize(4);
  }

  @Test
  void namesTheLineAndColumnOfABadLedgerRow() {
    importer.importNdjson(lines(UNION));
    int before = stored().size();
    String ledger = """
        voucher,effectiveDate,amount,line,functionalClass,economicClass
        L-1,2022-02-01,1200.00,BASIC_PUBLIC,2012901,30201
        L-2,2022-02-30,12.345,BASIC_PUBLIC,2012901,30201
        """.strip();

    assertThatThrownBy(() -> importer.importLedger(BudgetYearId.of("beita-union", 2022), ledger.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(InvalidImport.class, e -> assertThat(e.problems()).containsExactly(
            new LineProblem(3, "amount", "amount has more than two decimals: 12.345"),
            new LineProblem(3, "effectiveDate", "must be a date as YYYY-MM-DD: 2022-02-30")));
    assertThat(stored()).hasSize(before);
  }

  private void assertRefused(byte[] file, LineProblem... problems) {
    int before = stored().size();
    assertThatThrownBy(() -> importer.importNdjson(file))
        .isInstanceOfSatisfying(InvalidImport.class, e -> assertThat(e.problems()).containsExactly(problems));
    assertThat(stored()).hasSize(before);
  }
}
