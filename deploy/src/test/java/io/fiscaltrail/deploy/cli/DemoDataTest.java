package io.fiscaltrail.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fiscaltrail.deploy.FiscalTrailApplication;
import io.fiscaltrail.deploy.embedded.WireServer;
import io.fiscaltrail.kernel.asset.CurrentAssetsStated;
import io.fiscaltrail.kernel.asset.FixedAssetAcquired;
import io.fiscaltrail.kernel.asset.FixedAssetDepreciated;
import io.fiscaltrail.kernel.budget.AppropriationChanged;
import io.fiscaltrail.kernel.budget.AppropriationKind;
import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.CarryOverBroughtIn;
import io.fiscaltrail.kernel.budget.ExpenditureRecorded;
import io.fiscaltrail.kernel.budget.ThreePublicCategory;
import io.fiscaltrail.kernel.budget.YearClosed;
import io.fiscaltrail.kernel.money.Money;
import io.fiscaltrail.query.admin.ProjectionAdministration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code --demo} on an empty store loads the seed year; a few of its sums prove the file was read
 * whole (the golden test of every report figure is the query side's).
 */
@SpringBootTest(classes = FiscalTrailApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, args = "--demo")
class DemoDataTest {

  private static final WireServer MONGO = new WireServer();
  private static final int SEED_EVENTS = 91;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry properties) {
    properties.add("spring.data.mongodb.uri", () -> MONGO.uri("demo"));
  }

  @AfterAll
  static void stopStore() {
    MONGO.close();
  }

  @Autowired private EventStore eventStore;
  @Autowired private MongoTemplate store;
  @Autowired private DemoData demoData;
  @Autowired private EventProcessingConfiguration processing;
  @Autowired private ProjectionAdministration projections;

  @Test
  void recordsTheSeedAsSystemDemoUnderOneCorrelationId() {
    List<? extends DomainEventMessage<?>> year = eventStore.readEvents("beita-union/2022").asStream().toList();

    assertThat(year).extracting(e -> e.getMetaData().get("actor")).containsOnly("system:demo");
    assertThat(year).extracting(e -> e.getMetaData().get("correlationId")).doesNotContainNull().containsOnly(
        year.get(0).getMetaData().get("correlationId"));
  }

  @Test
  void loadsTheSeedYearIntoAnEmptyStoreAtStart() {
    List<? extends DomainEventMessage<?>> year = eventStore.readEvents("beita-union/2022").asStream().toList();
    List<? extends DomainEventMessage<?>> assets = eventStore.readEvents("beita-union/assets").asStream().toList();

    assertThat(store.eventCollection().countDocuments()).isEqualTo(SEED_EVENTS);
    assertThat(sum(year, AppropriationChanged.class, a -> a.kind() == AppropriationKind.INITIAL, AppropriationChanged::amount))
        .isEqualTo(Money.parse("438400.00"));
    assertThat(sum(year, AppropriationChanged.class, a -> a.kind() == AppropriationKind.SUPPLEMENTARY, AppropriationChanged::amount))
        .isEqualTo(Money.parse("1053600.00"));
    assertThat(sum(year, ExpenditureRecorded.class, e -> true, ExpenditureRecorded::amount))
        .isEqualTo(Money.parse("1492000.00"));
    assertThat(sum(year, ExpenditureRecorded.class, e -> e.classification().line() == BudgetLine.BASIC_PERSONNEL, ExpenditureRecorded::amount))
        .isEqualTo(Money.parse("383900.00"));
    assertThat(sum(year, ExpenditureRecorded.class, e -> e.classification().functionalCategory().equals("201"), ExpenditureRecorded::amount))
        .isEqualTo(Money.parse("1404200.00"));
    assertThat(sum(year, ExpenditureRecorded.class, e -> e.classification().threePublic() != ThreePublicCategory.NONE, ExpenditureRecorded::amount))
        .isEqualTo(Money.parse("800.00"));
    assertThat(sum(year, CarryOverBroughtIn.class, c -> true, CarryOverBroughtIn::amount))
        .isEqualTo(sum(year, YearClosed.class, c -> true, YearClosed::carryOverOut))
        .isEqualTo(Money.parse("72500.00"));
    assertThat(sum(assets, CurrentAssetsStated.class, a -> true, CurrentAssetsStated::amount)
        .plus(sum(assets, FixedAssetAcquired.class, a -> true, FixedAssetAcquired::cost))
        .minus(sum(assets, FixedAssetDepreciated.class, a -> true, FixedAssetDepreciated::amount)))
        .isEqualTo(Money.parse("990100.00"));
  }

  /**
   * The runner returns, and so the application becomes ready (health UP), only once every
   * projection has folded every stored event: here they replay the seed from the start, restarted
   * while the runner already waits.
   */
  @Test
  void returnsOnlyOnceEveryProjectionHasFoldedEveryStoredEvent() throws Exception {
    List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
        .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    processors.forEach(StreamingEventProcessor::shutDown);
    processors.forEach(StreamingEventProcessor::resetTokens);
    CompletableFuture<Void> restart = CompletableFuture.runAsync(
        () -> processors.forEach(StreamingEventProcessor::start), CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));

    demoData.run(new DefaultApplicationArguments("--demo"));

    assertThat(projections.statuses()).hasSameSizeAs(processors).allSatisfy(status -> {
      assertThat(status.head()).isEqualTo(SEED_EVENTS);
      assertThat(status.position()).isGreaterThanOrEqualTo(status.head());
      assertThat(status.segmentsClaimed()).isEqualTo(status.segments());
    });
    restart.join();
  }

  @Test
  void everySeedEventSaysWhereItsFactsComeFrom() {
    assertThat(eventStore.readEvents("beita-union/2022").asStream())
        .allSatisfy(event -> assertThat(event.getMetaData().get("source"))
            .asString().matches(source -> source.startsWith("quoted:") || source.startsWith("inferred:")));
  }

  @Test
  void loadsNothingWhenTheSeedIsAlreadyThere() throws Exception {
    demoData.run(new DefaultApplicationArguments("--demo"));

    assertThat(store.eventCollection().countDocuments()).isEqualTo(SEED_EVENTS);
  }

  private static <E> Money sum(
      List<? extends DomainEventMessage<?>> events, Class<E> type, Predicate<E> which, Function<E, Money> amount) {
    return events.stream()
        .map(DomainEventMessage::getPayload)
        .filter(type::isInstance)
        .map(type::cast)
        .filter(which)
        .map(amount)
        .reduce(Money.ZERO, Money::plus);
  }
}
