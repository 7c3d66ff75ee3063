package io.fiscaltrail.query.budget;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.query.ledger.Checkpoint;
import io.fiscaltrail.query.ledger.DailyFigures;
import io.fiscaltrail.query.ledger.EventOrigin;
import io.fiscaltrail.query.ledger.LedgerEntry;
import io.fiscaltrail.query.ledger.RecordingIndex;
import io.fiscaltrail.query.ledger.StreamFold;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The read model of one department's fiscal year: its base figures per effective date, and the
 * evaluation facts (targets, outputs, disclosures, evidence, filed reports) and auditors' notes,
 * few enough to keep whole. The money facts themselves are kept in the year's ledger, with a
 * checkpoint of the figures at each ledger chunk boundary the book passes and an index of when each
 * chunk's entries were recorded, so the figures as known at any time are a checkpoint plus at most
 * a chunk.
 */
public final class BudgetYearBook {

  private final BudgetYearId budgetYear;
  private final StreamFold fold;
  private final List<PerformanceTarget> targets;
  private final List<RecordedOutput> outputs;
  private final List<Disclosure> disclosures;
  private final List<Evidence> evidence;
  private final List<FiledReport> filings;
  private final List<AuditNote> notes;

  BudgetYearBook(
      BudgetYearId budgetYear,
      long appliedSequence,
      DailyFigures figures,
      RecordingIndex recorded,
      List<PerformanceTarget> targets,
      List<RecordedOutput> outputs,
      List<Disclosure> disclosures,
      List<Evidence> evidence,
      List<FiledReport> filings,
      List<AuditNote> notes) {
    this.budgetYear = budgetYear;
    this.fold = new StreamFold(appliedSequence, figures, recorded);
    this.targets = new ArrayList<>(targets);
    this.outputs = new ArrayList<>(outputs);
    this.disclosures = new ArrayList<>(disclosures);
    this.evidence = new ArrayList<>(evidence);
    this.filings = new ArrayList<>(filings);
    this.notes = new ArrayList<>(notes);
  }

  /** A year no fact has reached yet: every figure zero and unrecorded. */
  public static BudgetYearBook empty(BudgetYearId budgetYear) {
    return new BudgetYearBook(
        budgetYear, -1, DailyFigures.empty(), RecordingIndex.of(Map.of()),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * The book as it stood when only facts recorded at or before {@code knownAt} were in it; {@code
   * knownFigures} are the figures of this year's ledger entries up to {@link #appliedSequence()}
   * recorded by then. The sequence is kept, so a trace reads the same ledger and filters it alike.
   */
  public BudgetYearBook asKnownAt(Instant knownAt, DailyFigures knownFigures) {
    return new BudgetYearBook(
        budgetYear,
        fold.appliedSequence(),
        knownFigures,
        fold.recorded(),
        known(targets, PerformanceTarget::origin, knownAt),
        known(outputs, RecordedOutput::origin, knownAt),
        known(disclosures, Disclosure::origin, knownAt),
        known(evidence, Evidence::origin, knownAt),
        known(filings, FiledReport::origin, knownAt),
        known(notes, AuditNote::origin, knownAt));
  }

  private static <T> List<T> known(List<T> facts, Function<T, EventOrigin> origin, Instant knownAt) {
    return facts.stream().filter(f -> origin.apply(f).knownAt(knownAt)).toList();
  }

  public BudgetYearId budgetYear() {
    return budgetYear;
  }

  /**
   * The last event of the year's stream folded in. Delivery is at least once: an event at or below
   * it is a redelivery and is ignored, which keeps the projection idempotent.
   */
  public long appliedSequence() {
    return fold.appliedSequence();
  }

  public DailyFigures figures() {
    return fold.figures();
  }

  /** When the entries of each of the year's ledger chunks were recorded. */
  public RecordingIndex recorded() {
    return fold.recorded();
  }

  /** The checkpoints passed since the book was read, for the ledger to keep before the book is saved. */
  List<Checkpoint> takePassedCheckpoints() {
    return fold.takePassedCheckpoints();
  }

  public List<PerformanceTarget> targets() {
    return List.copyOf(targets);
  }

  public List<RecordedOutput> outputs() {
    return List.copyOf(outputs);
  }

  public List<Disclosure> disclosures() {
    return List.copyOf(disclosures);
  }

  public List<Evidence> evidence() {
    return List.copyOf(evidence);
  }

  public List<FiledReport> filings() {
    return List.copyOf(filings);
  }

  /** Auditors' notes, in the order they were recorded. */
  public List<AuditNote> notes() {
    return List.copyOf(notes);
  }

  void open(long sequence) {
    apply(sequence, () -> {});
  }

  /** Folds a money fact into the figures; false when it was already folded in. */
  boolean post(LedgerEntry entry) {
    return fold.post(entry, () -> {});
  }

  void add(PerformanceTarget target) {
    apply(target.origin().sequence(), () -> targets.add(target));
  }

  void add(RecordedOutput output) {
    apply(output.origin().sequence(), () -> outputs.add(output));
  }

  void add(Disclosure disclosure) {
    apply(disclosure.origin().sequence(), () -> disclosures.add(disclosure));
  }

  void add(Evidence fact) {
    apply(fact.origin().sequence(), () -> evidence.add(fact));
  }

  void add(FiledReport filing) {
    apply(filing.origin().sequence(), () -> filings.add(filing));
  }

  void add(AuditNote note) {
    apply(note.origin().sequence(), () -> notes.add(note));
  }

  private void apply(long sequence, Runnable change) {
    fold.apply(sequence, change);
  }
}
