package io.fiscaltrail.eventstore;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/** Payloads shaped like FiscalTrail's: decimal strings, ISO dates, and every JSON value kind. */
final class ContractEvents {

  private ContractEvents() {}

  record EntryRecorded(
      String entryId,
      String amount,
      LocalDate effectiveDate,
      int lines,
      long fen,
      BigDecimal rate,
      BigInteger serial,
      double share,
      boolean provisional,
      String remark,
      List<Line> breakdown) {}

  record Line(String code, String amount) {}

  record BalanceSnapshot(String balance, int entries) {}

  static EntryRecorded entry(String entryId, String amount) {
    return new EntryRecorded(
        entryId,
        amount,
        LocalDate.of(2026, 3, 1),
        2,
        149_200_000_000L,
        new BigDecimal("0.1250"),
        new BigInteger("123456789012345678901234567890"),
        0.1,
        false,
        null,
        List.of(new Line("2010101", "1000.00"), new Line("2010102", "492.00")));
  }
}
