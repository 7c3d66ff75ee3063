package io.fiscaltrail.query.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.fiscaltrail.kernel.asset.AssetRegisterId;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.query.GeneratedYear;
import io.fiscaltrail.query.History;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import io.fiscaltrail.query.asset.AssetRegisterBook;
import io.fiscaltrail.query.asset.AssetRegisterBookRepository;
import io.fiscaltrail.query.asset.AssetRegisterLedger;
import io.fiscaltrail.query.budget.BudgetYearBook;
import io.fiscaltrail.query.budget.BudgetYearBookRepository;
import io.fiscaltrail.query.budget.BudgetYearLedger;
import io.fiscaltrail.query.department.DepartmentRepository;
import io.fiscaltrail.query.ledger.DailyFigures;
import io.fiscaltrail.query.ledger.LedgerEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Figures as known at a time come from a checkpoint and the chunk after it; they must equal the
 * slow answer, folding every ledger entry recorded by then, for any date and any time.
 */
@ReadModelTest
class KnownAtCheckpointsTest {

  private static final long SEED = 20240404L;

  @Autowired ReadModel readModel;
  @Autowired YearFiguresReader reader;
  @Autowired DepartmentRepository departments;
  @Autowired BudgetYearBookRepository years;
  @Autowired AssetRegisterBookRepository registers;
  @Autowired BudgetYearLedger yearLedger;
  @Autowired AssetRegisterLedger assetLedger;

  @Test
  void answersThroughCheckpointsEqualTheFullFoldForAnyDateAndAnyTime() {
    History history = GeneratedYear.history(SEED, 1800, 700);
    readModel.clear();
    readModel.feed(history, 97);
    assertThat(readModel.documents("budget_year_checkpoints")).hasSize(3);
    assertThat(readModel.documents("asset_register_checkpoints")).hasSize(1);

    List<DomainEventMessage<?>> messages = history.messages();
    Instant first = messages.get(0).getTimestamp();
    Instant last = messages.get(messages.size() - 1).getTimestamp();
    Random random = new Random(SEED);
    for (int i = 0; i < 150; i++) {
      LocalDate asOf = LocalDate.of(2023, 12, 25).plusDays(random.nextInt(390));
      Instant knownAt = i % 3 == 0
          ? messages.get(random.nextInt(messages.size())).getTimestamp()
          : first.minus(Duration.ofDays(1))
              .plusSeconds((long) (random.nextDouble() * Duration.between(first, last).plusDays(2).toSeconds()));
      YearFigures fast = reader.read(GeneratedYear.YEAR, asOf, Optional.of(knownAt));
      YearFigures slow = fullFold(asOf, knownAt);
      String pair = "asOf " + asOf + ", knownAt " + knownAt;
      assertThat(fast.book(false).figures().days()).as(pair).isEqualTo(slow.book(false).figures().days());
      assertThat(fast.assetRegister().figures().days()).as(pair).isEqualTo(slow.assetRegister().figures().days());
      assertThat(BudgetView.of(fast)).as(pair).isEqualTo(BudgetView.of(slow));
      assertThat(views(fast)).as(pair).isEqualTo(views(slow));
    }
  }

  @Test
  void checkpointsAreTheSameWhateverTheBatchesAndAfterARebuild() {
    History history = GeneratedYear.history(SEED + 1, 1100, 600);
    List<String> collections = List.of(
        "budget_year_figures", "budget_year_ledger", "budget_year_checkpoints",
        "asset_registers", "asset_register_ledger", "asset_register_checkpoints");
    readModel.clear();
    readModel.feed(history, 1000);
    List<List<String>> live = collections.stream().map(readModel::documents).toList();
    assertThat(live.get(2)).hasSize(2);

    readModel.feed(history.messages().subList(400, 1200), 33);
    assertThat(collections.stream().map(readModel::documents).toList()).isEqualTo(live);

    readModel.reset();
    readModel.feed(history, 61);
    assertThat(collections.stream().map(readModel::documents).toList()).isEqualTo(live);
  }

  /** The slow answer: every chunk of every ledger read, each entry recorded by {@code knownAt} folded. */
  private YearFigures fullFold(LocalDate asOf, Instant knownAt) {
    BudgetYearBook book = years.find(GeneratedYear.YEAR);
    BudgetYearBook prior = years.find(BudgetYearId.of(GeneratedYear.CODE, 2023));
    AssetRegisterBook register = registers.find(new AssetRegisterId(GeneratedYear.YEAR.department()));
    return new YearFigures(
        asOf,
        Optional.of(knownAt),
        departments.find(GeneratedYear.CODE).orElseThrow().asKnownAt(knownAt),
        book.asKnownAt(knownAt, fold(yearLedger.read(GeneratedYear.YEAR.toString(), book.appliedSequence()), knownAt)),
        prior.asKnownAt(knownAt, DailyFigures.empty()),
        register.asKnownAt(knownAt, fold(assetLedger.read(register.register().toString(), register.appliedSequence()), knownAt)));
  }

  private static DailyFigures fold(List<LedgerEntry> entries, Instant knownAt) {
    DailyFigures figures = new DailyFigures(new TreeMap<>());
    entries.stream()
        .filter(e -> e.origin().knownAt(knownAt))
        .forEach(e -> figures.add(e.effectiveDate(), e.contributions()));
    return figures;
  }

  private static List<FigureView> views(YearFigures figures) {
    List<FigureView> views = new ArrayList<>();
    figures.catalogue().listed().forEach(d -> views.add(FigureView.of(figures, d)));
    return views;
  }
}
