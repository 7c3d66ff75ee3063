package io.fiscaltrail.command.budget;

import io.fiscaltrail.kernel.budget.ExpenditureClassification;
import io.fiscaltrail.kernel.money.Money;

/**
 * What a fiscal year knows of a voucher: enough to reverse it and to point at it.
 *
 * @param eventId the event that recorded it
 * @param reversedBy the event that reversed it, null while it stands
 */
record RecordedVoucher(String eventId, Money amount, ExpenditureClassification classification, String reversedBy) {

  boolean isReversed() {
    return reversedBy != null;
  }
}
