package io.fiscaltrail.query.budget;

import static io.fiscaltrail.kernel.budget.BudgetLine.BASIC_PERSONNEL;
import static io.fiscaltrail.kernel.budget.BudgetLine.BASIC_PUBLIC;
import static io.fiscaltrail.kernel.budget.BudgetLine.UNASSIGNED;
import static io.fiscaltrail.query.Facts.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ExpenditureClassification;
import io.fiscaltrail.kernel.budget.ThreePublicCategory;
import io.fiscaltrail.query.History;
import io.fiscaltrail.query.InventedYear;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import io.fiscaltrail.query.SeedYear;
import io.fiscaltrail.query.ledger.LedgerEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

@ReadModelTest
class BudgetYearProjectionTest {

  private static final BudgetYearId YEAR = BudgetYearId.of("test-unit", 2024);
  private static final ExpenditureClassification OFFICE = charged(BASIC_PUBLIC, "2010101", "30201");

  @Autowired ReadModel readModel;
  @Autowired BudgetYearBookRepository books;
  @Autowired BudgetYearLedger ledger;
  @Autowired MongoTemplate mongo;

  @BeforeEach
  void emptyStore() {
    readModel.clear();
  }

  @Test
  void canFoldAppropriationsAndSpendingPerEffectiveDate() {
    History h = new History(Instant.parse("2024-01-02T00:00:00Z")).add(
        opened(YEAR),
        initial(YEAR, BASIC_PERSONNEL, "1000.00", "2024-01-10"),
        spent(YEAR, "V-1", "300.00", "2024-02-01", charged(BASIC_PERSONNEL, "2080505", "30108")),
        supplementary(YEAR, UNASSIGNED, "500.00", "2024-03-01"),
        spent(YEAR, "V-2", "100.00", "2024-04-01",
            threePublic(BASIC_PUBLIC, "2010102", "30217", ThreePublicCategory.OFFICIAL_RECEPTIONS)),
        reduction(YEAR, BASIC_PERSONNEL, "200.00", "2024-05-01"));
    readModel.feed(h);

    BudgetYearBook book = books.find(YEAR);
    assertThat(book.figures().totalsAsOf(day("2024-01-31")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("APPROPRIATION_INITIAL_PERSONNEL", 100000L));
    assertThat(book.figures().totalsAsOf(day("2024-12-31"))).containsAllEntriesOf(Map.of(
        "APPROPRIATION_INITIAL_PERSONNEL", 100000L,
        "APPROPRIATION_SUPPLEMENTARY_UNASSIGNED", 50000L,
        "APPROPRIATION_REDUCTIONS_PERSONNEL", 20000L,
        "EXPENDITURE_PERSONNEL", 30000L,
        "EXPENDITURE_PUBLIC", 10000L,
        "EXPENDITURE_FUNCTION_208", 30000L,
        "EXPENDITURE_FUNCTION_201", 10000L,
        "EXPENDITURE_ECONOMIC_302", 10000L,
        "THREE_PUBLIC_SPENT_OFFICIAL_RECEPTIONS", 10000L));
    assertThat(book.appliedSequence()).isEqualTo(5);
  }

  @Test
  void aReversalSubtractsOnItsOwnEffectiveDate() {
    History h = new History(Instant.parse("2024-01-02T00:00:00Z"));
    h.add(opened(YEAR), spent(YEAR, "V-1", "300.00", "2024-02-01", OFFICE));
    h.add(reversed(YEAR, h.lastId(), "V-1", "300.00", OFFICE, "2024-03-15"));
    readModel.feed(h);

    BudgetYearBook book = books.find(YEAR);
    assertThat(book.figures().totalsAsOf(day("2024-03-14"))).containsEntry("EXPENDITURE_PUBLIC", 30000L);
    assertThat(book.figures().totalsAsOf(day("2024-03-15")))
        .containsEntry("EXPENDITURE_PUBLIC", 0L)
        .containsEntry("EXPENDITURE_FUNCTION_201", 0L)
        .containsEntry("EXPENDITURE_ECONOMIC_302", 0L);
  }

  @Test
  void aCorrectionReplacesTheOriginalFromItsDate() {
    History h = new History(Instant.parse("2024-01-02T00:00:00Z"));
    h.add(opened(YEAR), spent(YEAR, "V-1", "300.00", "2024-02-01", OFFICE));
    String original = h.lastId();
    ExpenditureClassification project = charged(io.fiscaltrail.kernel.budget.BudgetLine.PROJECT, "2130101", "30299");
    h.add(reversed(YEAR, original, "V-1", "300.00", OFFICE, "2024-02-20"),
        correction(YEAR, "V-1C", "280.00", "2024-02-20", project, original));
    readModel.feed(h);

    BudgetYearBook book = books.find(YEAR);
    assertThat(book.figures().totalsAsOf(day("2024-02-19"))).containsEntry("EXPENDITURE_PUBLIC", 30000L)
        .doesNotContainKey("EXPENDITURE_PROJECT");
    assertThat(book.figures().totalsAsOf(day("2024-02-20")))
        .containsEntry("EXPENDITURE_PUBLIC", 0L)
        .containsEntry("EXPENDITURE_PROJECT", 28000L);
    List<LedgerEntry> entries = ledger.read(YEAR.toString(), book.appliedSequence());
    assertThat(entries).extracting(LedgerEntry::refersTo).containsExactly(null, original, original);
  }

  @Test
  void aBackdatedEntryCountsFromItsEffectiveDateNotFromWhenItWasRecorded() {
    History h = new History(Instant.parse("2024-01-02T00:00:00Z"))
        .add(opened(YEAR), spent(YEAR, "V-1", "300.00", "2024-06-01", OFFICE))
        .recordedAt(Instant.parse("2024-09-01T00:00:00Z"))
        .add(spent(YEAR, "V-0", "50.00", "2024-03-01", OFFICE));
    readModel.feed(h);

    BudgetYearBook book = books.find(YEAR);
    assertThat(book.figures().totalsAsOf(day("2024-03-01"))).containsEntry("EXPENDITURE_PUBLIC", 5000L);
    assertThat(book.figures().totalsAsOf(day("2024-06-01"))).containsEntry("EXPENDITURE_PUBLIC", 35000L);
    LedgerEntry backdated = ledger.read(YEAR.toString(), book.appliedSequence()).get(1);
    assertThat(backdated.origin().recordedAt()).isEqualTo(Instant.parse("2024-09-01T00:00:00Z"));
    assertThat(backdated.effectiveDate()).isEqualTo(day("2024-03-01"));
  }

  /** The shared, decoded book a question reads follows every change of the stored one. */
  @Test
  void aBookReadForQuestionsIsDecodedOnceAndFollowsEveryChange() {
    History h = new History(Instant.parse("2024-01-02T00:00:00Z"))
        .add(opened(YEAR), initial(YEAR, BASIC_PERSONNEL, "1000.00", "2024-01-10"));
    readModel.feed(h);
    BudgetYearBook first = books.read(List.of(YEAR)).get(YEAR);
    assertThat(books.read(List.of(YEAR)).get(YEAR)).isSameAs(first);

    h.add(spent(YEAR, "V-1", "300.00", "2024-02-01", OFFICE));
    readModel.feed(h);
    BudgetYearBook second = books.read(List.of(YEAR)).get(YEAR);
    assertThat(second).isNotSameAs(first);
    assertThat(second.figures().totalsAsOf(day("2024-12-31"))).containsEntry("EXPENDITURE_PUBLIC", 30000L);

    readModel.reset(); // what a rebuild does first
    assertThat(books.read(List.of(YEAR)).get(YEAR).appliedSequence()).isEqualTo(-1);
  }

  /**
   * The book a batch folds into is taken again by the next batch only while the stored one is still
   * at its applied sequence: one that another instance moved on, or whose save failed, is read again.
   */
  @Test
  void aBookFoldedAcrossBatchesIsReadAgainWhenTheStoredOneIsNotWhereItLeftIt() {
    readModel.feed(new History(Instant.parse("2024-01-02T00:00:00Z"))
        .add(opened(YEAR), initial(YEAR, BASIC_PERSONNEL, "1000.00", "2024-01-10")));
    BudgetYearBook folded = books.findForFolding(YEAR);
    assertThat(books.findForFolding(YEAR)).isSameAs(folded);

    // another instance folded the year on
    mongo.getCollection(BudgetYearBookRepository.COLLECTION)
        .updateOne(Filters.eq("_id", YEAR.toString()), Updates.set("appliedSequence", 7));
    BudgetYearBook movedOn = books.findForFolding(YEAR);
    assertThat(movedOn).isNotSameAs(folded);
    assertThat(movedOn.appliedSequence()).isEqualTo(7);

    // a batch folded into it, and its save failed
    movedOn.open(8);
    BudgetYearBook stored = books.findForFolding(YEAR);
    assertThat(stored).isNotSameAs(movedOn);
    assertThat(stored.appliedSequence()).isEqualTo(7);
  }

  @Test
  void ignoresRedeliveredEvents() {
    History h = new History(Instant.parse("2024-01-02T00:00:00Z")).add(
        opened(YEAR),
        initial(YEAR, BASIC_PERSONNEL, "1000.00", "2024-01-10"),
        spent(YEAR, "V-1", "300.00", "2024-02-01", OFFICE));
    readModel.feed(h);
    List<String> once = readModel.documents(BudgetYearBookRepository.COLLECTION);
    List<String> ledgerOnce = readModel.documents(BudgetYearLedger.COLLECTION);

    List<DomainEventMessage<?>> redelivered = new ArrayList<>(h.messages());
    redelivered.addAll(h.messages().subList(1, 3));
    readModel.feed(redelivered, 2);
    readModel.feed(h.messages(), 10);

    assertThat(readModel.documents(BudgetYearBookRepository.COLLECTION)).isEqualTo(once);
    assertThat(readModel.documents(BudgetYearLedger.COLLECTION)).isEqualTo(ledgerOnce);
    assertThat(books.find(YEAR).figures().totalsAsOf(day("2024-12-31")))
        .containsEntry("APPROPRIATION_INITIAL_PERSONNEL", 100000L)
        .containsEntry("EXPENDITURE_PUBLIC", 30000L);
  }

  @Test
  void aRebuildAfterResetWritesTheSameDocumentsWhateverTheBatches() {
    History seed = SeedYear.history();
    History invented = InventedYear.history();
    readModel.feed(seed, 1);
    readModel.feed(invented, 1);
    List<String> collections = List.of(
        BudgetYearBookRepository.COLLECTION, BudgetYearLedger.COLLECTION,
        BudgetYearLedger.CHECKPOINTS, "asset_registers", "asset_register_ledger", "asset_register_checkpoints", "departments");
    List<List<String>> live = collections.stream().map(readModel::documents).toList();

    readModel.reset();
    assertThat(collections).allSatisfy(c -> assertThat(readModel.documents(c)).isEmpty());
    readModel.feed(seed, 37);
    readModel.feed(invented, 500);

    assertThat(collections.stream().map(readModel::documents).toList()).isEqualTo(live);
  }

  @Test
  void keepsEveryEvaluationFactOfTheYear() {
    readModel.feed(SeedYear.history());

    BudgetYearBook book = books.find(SeedYear.YEAR);
    assertThat(book.targets()).extracting(PerformanceTarget::code).containsExactly("VISIT");
    assertThat(book.outputs()).hasSize(3);
    assertThat(book.disclosures()).hasSize(3);
    assertThat(book.evidence()).hasSize(1);
    assertThat(book.filings()).singleElement().satisfies(f -> {
      assertThat(f.figures()).hasSize(32);
      assertThat(f.measures()).hasSize(4);
    });
  }
}
