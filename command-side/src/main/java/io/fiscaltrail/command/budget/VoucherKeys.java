package io.fiscaltrail.command.budget;

import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.eventstore.FactAlreadyStated;
import io.fiscaltrail.eventstore.UniqueEventKeys;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ExpenditureRecorded;
import io.fiscaltrail.kernel.budget.ExpenditureReversed;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * A voucher is recorded once in its fiscal year and reversed once at most: the events that do so
 * carry the keys {@code <department>/<year>#<voucher>#recorded} and {@code …#reversed}, which the
 * event store holds unique and finds by ({@link VoucherRegister}). An append the store refuses for a
 * voucher recorded or reversed already is refused with the voucher rules' own conflict.
 */
@Component
public class VoucherKeys implements UniqueEventKeys {

  static String recording(BudgetYearId year, String voucher) {
    return year + "#" + voucher + "#recorded";
  }

  static String reversal(BudgetYearId year, String voucher) {
    return year + "#" + voucher + "#reversed";
  }

  @Override
  public String keyOf(DomainEventMessage<?> event) {
    Object payload = event.getPayload();
    if (payload instanceof ExpenditureRecorded recorded) {
      return recording(recorded.budgetYear(), recorded.voucher());
    }
    if (payload instanceof ExpenditureReversed reversed) {
      return reversal(reversed.budgetYear(), reversed.voucher());
    }
    return null;
  }

  @Override
  public String scheme() {
    return "vouchers-1";
  }

  @Override
  public RuntimeException refusal(FactAlreadyStated stated) {
    List<String> reasons = new ArrayList<>();
    for (DomainEventMessage<?> event : stated.events()) {
      if (event.getPayload() instanceof ExpenditureRecorded recorded) {
        reasons.add(BudgetYearRules.alreadyRecorded(recorded.voucher()));
      } else if (event.getPayload() instanceof ExpenditureReversed reversed) {
        reasons.add(BudgetYearRules.alreadyReversed(reversed.voucher()));
      }
    }
    return RejectedCommand.conflict("voucher", String.join("; ", reasons));
  }
}
