package io.fiscaltrail.query.budget;

import io.fiscaltrail.kernel.budget.AppropriationChanged;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.BudgetYearOpened;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Folds each fiscal year's facts into its figures per effective date. The processor hands over
 * events in batches; each touched year is read once and written once per batch, when the batch
 * commits, instead of once per event.
 */
@Component
@ProcessingGroup(BudgetYearProjection.PROCESSING_GROUP)
class BudgetYearProjection {

  static final String PROCESSING_GROUP = "budget-years";

  private final BudgetYearFiguresRepository repository;

  BudgetYearProjection(BudgetYearFiguresRepository repository) {
    this.repository = repository;
  }

  @EventHandler
  void on(BudgetYearOpened event, @SequenceNumber long sequence) {
    batch().year(event.budgetYear()).apply(sequence, () -> {});
  }

  @EventHandler
  void on(AppropriationChanged event, @SequenceNumber long sequence) {
    Figure figure =
        switch (event.kind()) {
          case INITIAL -> Figure.INITIAL;
          case SUPPLEMENTARY -> Figure.SUPPLEMENTARY;
          case REDUCTION -> Figure.REDUCTIONS;
        };
    BudgetYearFigures year = batch().year(event.budgetYear());
    year.apply(sequence, () -> year.add(event.effectiveDate(), figure, event.amount().fen()));
  }

  @ResetHandler
  void reset() {
    repository.deleteAll();
  }

  private Batch batch() {
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
    return unitOfWork.getOrComputeResource(
        Batch.class.getName(),
        key -> {
          Batch batch = new Batch(repository);
          unitOfWork.onPrepareCommit(u -> batch.flush());
          return batch;
        });
  }

  /** The years touched by one batch of events, written back when the batch commits. */
  private static final class Batch {

    private final BudgetYearFiguresRepository repository;
    private final Map<BudgetYearId, BudgetYearFigures> years = new HashMap<>();

    Batch(BudgetYearFiguresRepository repository) {
      this.repository = repository;
    }

    BudgetYearFigures year(BudgetYearId id) {
      return years.computeIfAbsent(id, key -> repository.find(key).orElseGet(() -> BudgetYearFigures.empty(key)));
    }

    void flush() {
      years.values().forEach(repository::save);
    }
  }
}
