package io.fiscaltrail.command.importing;

import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.command.budget.VoucherRegister;
import io.fiscaltrail.command.department.DepartmentDirectory;
import io.fiscaltrail.command.web.AppendedEvent;
import io.fiscaltrail.eventstore.AppendTooLarge;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.RecordExpenditure;
import io.fiscaltrail.kernel.budget.ReverseExpenditure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Imports a file all or nothing. Every well-formed record is handled by its aggregate, in file
 * order, inside ONE unit of work: each command sees what the lines before it staged (a department
 * the file registers, a voucher it records), the aggregates apply their own rules, and nothing
 * reaches the store until the end. If any line is malformed or refused, the unit of work is
 * rolled back and every bad line is reported; otherwise it commits, and the store receives all
 * the import's events in one append.
 */
@Component
public class Importer {

  private final CommandBus commandBus;
  private final DepartmentDirectory departments;
  private final VoucherRegister vouchers;
  /** Two imports that touch the same aggregates in opposite orders would wait on each other's locks. */
  private final Lock oneImportAtATime = new ReentrantLock();

  Importer(CommandBus commandBus, DepartmentDirectory departments, VoucherRegister vouchers) {
    this.commandBus = commandBus;
    this.departments = departments;
    this.vouchers = vouchers;
  }

  /** Imports NDJSON records, one a line. */
  public ImportResult importNdjson(byte[] content) {
    return run(NdjsonReader.read(content));
  }

  /** Imports an expenditure ledger in CSV, one voucher a row, into a registered department's year. */
  public ImportResult importLedger(BudgetYearId budgetYear, byte[] content) {
    if (!departments.isRegistered(budgetYear.department())) {
      throw RejectedCommand.notFound("code", "department " + budgetYear.department() + " is not registered");
    }
    return run(LedgerCsvReader.read(budgetYear, content));
  }

  private ImportResult run(ParsedImport parsed) {
    if (parsed.records().isEmpty() && parsed.problems().isEmpty()) {
      throw new InvalidImport(List.of(new LineProblem(1, "file", "holds no records")));
    }
    oneImportAtATime.lock();
    try {
      return inOneUnitOfWork(parsed);
    } finally {
      oneImportAtATime.unlock();
    }
  }

  private ImportResult inOneUnitOfWork(ParsedImport parsed) {
    UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    try {
      readVouchersAhead(parsed.records(), unitOfWork);
      List<AppendedEvent> appended = List.of();
      for (ImportRecord record : parsed.records()) {
        List<AppendedEvent> result = dispatch(record);
        if (result != null) {
          appended = result;
        }
      }
      List<LineProblem> problems = new ArrayList<>(parsed.problems());
      problems.addAll(refusals(parsed.records(), unitOfWork));
      if (!problems.isEmpty()) {
        boolean conflict = parsed.problems().isEmpty() && onlyConflicts(unitOfWork);
        unitOfWork.rollback();
        problems.sort(Comparator.comparingInt(LineProblem::line));
        throw new InvalidImport(problems, conflict);
      }
      unitOfWork.commit();
      return new ImportResult(parsed.records().size(), countByType(parsed.records()), appended);
    } catch (RuntimeException e) {
      if (unitOfWork.isActive()) {
        unitOfWork.rollback(e);
      }
      throw tooLargeToStoreWhole(e).<RuntimeException>map(
          tooLarge -> new InvalidImport(List.of(new LineProblem(1, "file", "is too large to store all or nothing: "
              + tooLarge.getMessage() + "; split it into smaller files")))).orElse(e);
    }
  }

  /** The file's vouchers, read from the store in a few reads rather than one a line. */
  private void readVouchersAhead(List<ImportRecord> records, UnitOfWork<?> unitOfWork) {
    Map<BudgetYearId, Set<String>> byYear = new LinkedHashMap<>();
    for (ImportRecord record : records) {
      if (record.command() instanceof RecordExpenditure recording) {
        Set<String> named = byYear.computeIfAbsent(recording.budgetYear(), year -> new LinkedHashSet<>());
        named.add(recording.voucher());
        if (recording.corrects() != null) {
          named.add(recording.corrects());
        }
      } else if (record.command() instanceof ReverseExpenditure reversal) {
        byYear.computeIfAbsent(reversal.budgetYear(), year -> new LinkedHashSet<>()).add(reversal.voucher());
      }
    }
    byYear.forEach((year, named) -> vouchers.readAhead(unitOfWork, year, named));
  }

  private static Optional<AppendTooLarge> tooLargeToStoreWhole(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AppendTooLarge tooLarge) {
        return Optional.of(tooLarge);
      }
    }
    return Optional.empty();
  }

  /**
   * Sends one record's command on the bus directly, never through a retrying gateway: a retry
   * runs on another thread, outside this unit of work, and would store that command alone. The
   * result is the live list of events appended in the import's unit of work, complete once it
   * commits (see {@code AppendedEventsCollector}); null if the line was refused.
   */
  private List<AppendedEvent> dispatch(ImportRecord record) {
    FutureCallback<Object, Object> callback = new FutureCallback<>();
    commandBus.dispatch(
        GenericCommandMessage.asCommandMessage(record.command())
            .andMetaData(Map.of(ImportLineInterceptor.LINE, record.line(), ImportLineInterceptor.SOURCE, record.source())),
        callback);
    CommandResultMessage<?> result = callback.getResult();
    if (result.isExceptional()) {
      throw result.exceptionResult() instanceof RuntimeException e ? e : new IllegalStateException(result.exceptionResult());
    }
    return result.getPayload() instanceof List<?> events ? asAppended(events) : null;
  }

  @SuppressWarnings("unchecked")
  private static List<AppendedEvent> asAppended(List<?> events) {
    return (List<AppendedEvent>) events;
  }

  private static List<LineProblem> refusals(List<ImportRecord> records, UnitOfWork<?> unitOfWork) {
    Map<Integer, RuntimeException> refusals = ImportLineInterceptor.refusalsIn(unitOfWork);
    return records.stream()
        .filter(record -> refusals.containsKey(record.line()))
        .map(record -> problemOf(record, refusals.get(record.line())))
        .toList();
  }

  private static boolean onlyConflicts(UnitOfWork<?> unitOfWork) {
    return ImportLineInterceptor.refusalsIn(unitOfWork).values().stream()
        .allMatch(refusal -> refusal instanceof RejectedCommand rejected
            && rejected.rejection() == RejectedCommand.Cause.CONFLICT);
  }

  private static LineProblem problemOf(ImportRecord record, RuntimeException refusal) {
    if (refusal instanceof RejectedCommand rejected) {
      return new LineProblem(record.line(), record.type().recordField(rejected.field()), rejected.reason());
    }
    String field = record.type().streamField();
    Object stream = ((AggregateNotFoundException) refusal).getAggregateIdentifier();
    String reason = field.equals("department")
        ? "department " + stream + " is not registered"
        : "nothing is recorded for " + stream;
    return new LineProblem(record.line(), field, reason);
  }

  private static Map<String, Integer> countByType(List<ImportRecord> records) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    records.forEach(record -> counts.merge(record.type().typeName(), 1, Integer::sum));
    return counts;
  }
}
