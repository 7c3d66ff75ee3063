package io.fiscaltrail.command.budget;

import io.fiscaltrail.kernel.budget.ExpenditureClassification;
import io.fiscaltrail.kernel.money.Money;

/** What a fiscal year remembers of each voucher: enough to reverse it and to point at it. */
record RecordedVoucher(String eventId, Money amount, ExpenditureClassification classification, boolean isReversed) {

  RecordedVoucher reversed() {
    return new RecordedVoucher(eventId, amount, classification, true);
  }
}
