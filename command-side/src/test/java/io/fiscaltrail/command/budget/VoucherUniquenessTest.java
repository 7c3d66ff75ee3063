package io.fiscaltrail.command.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fiscaltrail.command.InMemoryMongo;
import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.command.department.DepartmentDirectory;
import io.fiscaltrail.eventstore.GlobalSequenceEventStorageEngine;
import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ExpenditureClassification;
import io.fiscaltrail.kernel.budget.RecordExpenditure;
import io.fiscaltrail.kernel.budget.ReverseExpenditure;
import io.fiscaltrail.kernel.budget.ThreePublicCategory;
import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import java.util.stream.LongStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A voucher is recorded once a year, and a new voucher's command does not look it up: the store's
 * unique key refuses one recorded before, with the rule's own conflict, and the year (held in the
 * aggregate cache) takes the next command as if nothing had been tried.
 */
class VoucherUniquenessTest {

  private static final BudgetYearId YEAR = BudgetYearId.of("beita-union", 2022);
  private static final ExpenditureClassification CLASSIFICATION =
      new ExpenditureClassification(BudgetLine.BASIC_PUBLIC, "2012901", "30201", ThreePublicCategory.NONE, false, false);

  private final InMemoryMongo mongo = new InMemoryMongo();
  private final GlobalSequenceEventStorageEngine storage = mongo.eventStorage(new VoucherKeys());
  private Configuration axon;
  private CommandGateway gateway;

  @BeforeEach
  void startAxon() {
    axon = DefaultConfigurer.defaultConfiguration(false)
        .configureEmbeddedEventStore(c -> storage)
        .configureAggregate(AggregateConfigurer.defaultConfiguration(BudgetYear.class)
            .configureCache(c -> new WeakReferenceCache()))
        .registerComponent(DepartmentDirectory.class, c -> department -> true)
        .registerComponent(VoucherRegister.class, c -> new VoucherRegister(storage))
        .buildConfiguration();
    axon.start();
    gateway = axon.commandGateway();
  }

  @AfterEach
  void stopAxon() {
    axon.shutdown();
    mongo.close();
  }

  @Test
  void aVoucherRecordedBeforeIsRefusedByTheStoreWithTheRulesConflictAndTheYearGoesOn() {
    gateway.sendAndWait(expenditure("V1", null)); // opens the year
    int readsBefore = voucherReads();
    gateway.sendAndWait(expenditure("V2", null));
    assertThat(voucherReads() - readsBefore).as("a new voucher is not looked up").isZero();

    assertThatThrownBy(() -> gateway.sendAndWait(expenditure("V1", null)))
        .isInstanceOfSatisfying(RejectedCommand.class, refused -> {
          assertThat(refused.rejection()).isEqualTo(RejectedCommand.Cause.CONFLICT);
          assertThat(refused.field()).isEqualTo("voucher");
          assertThat(refused.getMessage()).isEqualTo("voucher V1 is already recorded in this year");
        });
    gateway.sendAndWait(expenditure("V3", null));

    assertThat(storage.readEvents(YEAR.toString()).asStream().map(DomainEventMessage::getSequenceNumber))
        .containsExactly(0L, 1L, 2L, 3L);
    assertThat(mongo.collection("domainevents").countDocuments()).isEqualTo(4);
  }

  @Test
  void aReversalAndACorrectionStillLookTheVoucherUp() {
    gateway.sendAndWait(expenditure("V1", null));
    gateway.sendAndWait(expenditure("V2", null));
    int readsBefore = voucherReads();

    gateway.sendAndWait(new ReverseExpenditure(YEAR, "V1", LocalDate.of(2022, 3, 2), "冲销", "重复支付"));
    gateway.sendAndWait(expenditure("V3", "V2"));

    // the voucher each names, and the correction's two events (reversal, recording) by the store before it inserts them
    assertThat(voucherReads() - readsBefore).isEqualTo(3);
    assertThatThrownBy(() -> gateway.sendAndWait(new ReverseExpenditure(YEAR, "V1", LocalDate.of(2022, 3, 3), "冲销", "再冲")))
        .isInstanceOf(RejectedCommand.class).hasMessage("voucher V1 is already reversed");
    assertThat(storage.readEvents(YEAR.toString()).asStream().map(DomainEventMessage::getSequenceNumber))
        .containsExactlyElementsOf(LongStream.rangeClosed(0, 5).boxed().toList());
  }

  private static RecordExpenditure expenditure(String voucher, String corrects) {
    return new RecordExpenditure(YEAR, voucher, Money.parse("100.00"), LocalDate.of(2022, 3, 1), CLASSIFICATION,
        "收款人", "办公用品", corrects);
  }

  private int voucherReads() {
    return mongo.findsFiltering("uniqueKey");
  }
}
