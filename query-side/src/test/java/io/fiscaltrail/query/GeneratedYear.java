package io.fiscaltrail.query;

import static io.fiscaltrail.query.Facts.*;

import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ExpenditureClassification;
import io.fiscaltrail.kernel.budget.ExpenditureRecorded;
import io.fiscaltrail.kernel.budget.IncomeSource;
import io.fiscaltrail.kernel.budget.OutputRecorded;
import io.fiscaltrail.kernel.budget.PerformanceTargetSet;
import io.fiscaltrail.kernel.budget.SpendingCeiling;
import io.fiscaltrail.kernel.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * A seeded random year long enough to span several ledger chunks, in the year's stream and in the
 * asset register's: vouchers on random dates (most of them backdated), corrections and reversals
 * of earlier vouchers, mid-year additions and reductions, targets and outputs. Recorded times move
 * forward by random steps, and now and then an event is recorded earlier than the one before it
 * (a second server with a slow clock), so recorded order is not always stream order.
 */
public final class GeneratedYear {

  public static final String CODE = "gen-dept";
  public static final BudgetYearId YEAR = BudgetYearId.of(CODE, 2024);

  private static final BudgetLine[] LINES = {BudgetLine.BASIC_PERSONNEL, BudgetLine.BASIC_PUBLIC, BudgetLine.PROJECT};
  private static final String[] FUNCTIONS = {"2010101", "2080505", "2101101"};
  private static final String[] ECONOMICS = {"30101", "30201", "30211", "31002"};

  private record Voucher(String eventId, String voucher, Money amount, ExpenditureClassification classification) {}

  private final Random random;
  private final History history;
  private final List<Voucher> standing = new ArrayList<>();
  private final List<String> assets = new ArrayList<>();
  private Instant clock = Instant.parse("2024-01-02T01:00:00Z");

  private GeneratedYear(long seed) {
    this.random = new Random(seed);
    this.history = new History(clock);
  }

  /** {@code yearEvents} facts of the year and {@code registerEvents} of the asset register, interleaved. */
  public static History history(long seed, int yearEvents, int registerEvents) {
    return new GeneratedYear(seed).generate(yearEvents, registerEvents);
  }

  private History generate(int yearEvents, int registerEvents) {
    record(registered(CODE, "生成的单位", 10, 9, List.of("办公室", "业务股")));
    record(opened(YEAR));
    for (BudgetLine line : LINES) {
      record(initial(YEAR, line, "5000000.00", "2024-01-05"));
    }
    record(carryOverIn(YEAR, "120000.00", "2024-01-01"));
    record(ceiling(YEAR, SpendingCeiling.GOVERNMENT_PROCUREMENT, "300000.00", "2024-01-05"));
    record(new PerformanceTargetSet(YEAR, "VISIT", "走访", "次", new BigDecimal("100"), "绩效目标表"));
    int year = 0;
    int register = 0;
    while (year < yearEvents || register < registerEvents) {
      boolean toYear = register >= registerEvents
          || (year < yearEvents && random.nextInt(yearEvents + registerEvents) < yearEvents);
      if (toYear) {
        yearFact(year++);
      } else {
        registerFact(register++);
      }
    }
    return history;
  }

  private void yearFact(int n) {
    int roll = random.nextInt(100);
    LocalDate date = date();
    if (roll < 6 && !standing.isEmpty()) {
      Voucher wrong = standing.remove(random.nextInt(standing.size()));
      spend(correction(YEAR, wrong.voucher() + "-C", amount(), date.toString(), classification(), wrong.eventId()),
          wrong.voucher() + "-C");
    } else if (roll < 11 && !standing.isEmpty()) {
      Voucher reversed = standing.remove(random.nextInt(standing.size()));
      record(reversed(YEAR, reversed.eventId(), reversed.voucher(), reversed.amount().toString(),
          reversed.classification(), date.toString()));
    } else if (roll < 16) {
      record(supplementary(YEAR, LINES[random.nextInt(LINES.length)], amount(), date.toString()));
    } else if (roll < 18) {
      record(reduction(YEAR, LINES[random.nextInt(LINES.length)], amount(), date.toString()));
    } else if (roll < 20) {
      record(otherIncome(YEAR, IncomeSource.OTHER, amount(), date.toString()));
    } else if (roll < 22) {
      record(new OutputRecorded(YEAR, "VISIT", date, "走访 " + n, BigDecimal.ONE, "次", null, "走访记录 " + n));
    } else {
      spend(spent(YEAR, "V-" + n, amount(), date.toString(), classification()), "V-" + n);
    }
  }

  private void spend(ExpenditureRecorded e, String voucher) {
    DomainEventMessage<?> message = record(e);
    standing.add(new Voucher(message.getIdentifier(), voucher, e.amount(), e.classification()));
  }

  private void registerFact(int n) {
    String date = date().toString();
    if (assets.isEmpty() || random.nextInt(3) == 0) {
      assets.add("A-" + n);
      record(acquired(CODE, "A-" + n, amount(), date, random.nextBoolean()));
    } else if (random.nextInt(20) == 0) {
      record(disposed(CODE, assets.remove(random.nextInt(assets.size())), "0.00", date));
    } else {
      record(depreciated(CODE, assets.get(random.nextInt(assets.size())), "10.00", date));
    }
  }

  /** One event in thirty is recorded up to four days before the previous one; the clock itself only moves on. */
  private DomainEventMessage<?> record(Object event) {
    clock = clock.plus(Duration.ofMinutes(1 + random.nextInt(240)));
    Instant recordedAt = random.nextInt(30) == 0 ? clock.minus(Duration.ofMinutes(random.nextInt(4 * 24 * 60))) : clock;
    history.recordedAt(recordedAt);
    return history.append(event);
  }

  private LocalDate date() {
    return YEAR.firstDay().plusDays(random.nextInt(YEAR.lastDay().getDayOfYear()));
  }

  private String amount() {
    return Money.ofFen(1 + random.nextInt(5_000_000)).toString();
  }

  private ExpenditureClassification classification() {
    return charged(
        LINES[random.nextInt(LINES.length)],
        FUNCTIONS[random.nextInt(FUNCTIONS.length)],
        ECONOMICS[random.nextInt(ECONOMICS.length)]);
  }
}
