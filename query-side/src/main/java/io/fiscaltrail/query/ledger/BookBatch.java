package io.fiscaltrail.query.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The books one batch of events touched and the ledger entries it posted, written once when the
 * batch's unit of work commits instead of once per event. The ledger entries go first: a book
 * carries the sequence guard, so a crash between the two writes redelivers the batch and the
 * guard skips what the book already holds.
 *
 * @param <K> the stream a book belongs to
 * @param <B> the book
 */
public final class BookBatch<K, B> {

  private final Function<K, B> find;
  private final BiConsumer<K, List<LedgerEntry>> appendToLedger;
  private final Consumer<B> save;
  private final Map<K, B> books = new HashMap<>();
  private final Map<K, List<LedgerEntry>> entries = new HashMap<>();

  private BookBatch(Function<K, B> find, BiConsumer<K, List<LedgerEntry>> appendToLedger, Consumer<B> save) {
    this.find = find;
    this.appendToLedger = appendToLedger;
    this.save = save;
  }

  /** The batch of the current unit of work for this projection, created on its first event. */
  public static <K, B> BookBatch<K, B> current(
      Class<?> projection,
      Function<K, B> find,
      BiConsumer<K, List<LedgerEntry>> appendToLedger,
      Consumer<B> save) {
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
    return unitOfWork.getOrComputeResource(
        projection.getName() + ".batch",
        key -> {
          BookBatch<K, B> batch = new BookBatch<>(find, appendToLedger, save);
          unitOfWork.onPrepareCommit(u -> batch.flush());
          return batch;
        });
  }

  public B book(K stream) {
    return books.computeIfAbsent(stream, find);
  }

  /** Records an entry the book accepted, for the ledger write at commit. */
  public void posted(K stream, LedgerEntry entry) {
    entries.computeIfAbsent(stream, s -> new ArrayList<>()).add(entry);
  }

  private void flush() {
    entries.forEach(appendToLedger);
    books.values().forEach(save);
  }
}
