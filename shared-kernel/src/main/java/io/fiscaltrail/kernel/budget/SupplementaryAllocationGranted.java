package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * 追加预算: a mid-year addition, on the approval named by the document. {@code approvedBy} is the
 * approving authority (审批单位 / 批准人) auditors follow a mid-year addition to, or {@link
 * #NOT_RECORDED} when the fact did not state one. Revision 2 added it; revision 1 events read as
 * {@link #NOT_RECORDED} ({@link SupplementaryAllocationGrantedUpcaster}), never as an invented name.
 */
@Revision(SupplementaryAllocationGranted.REVISION)
public record SupplementaryAllocationGranted(
    BudgetYearId budgetYear,
    BudgetLine line,
    Money amount,
    LocalDate effectiveDate,
    String document,
    String reason,
    String approvedBy)
    implements AppropriationChanged {

  public static final String REVISION = "2";

  /** No approving authority was stated when the addition was recorded. */
  public static final String NOT_RECORDED = "NOT_RECORDED";

  @Override
  public AppropriationKind kind() {
    return AppropriationKind.SUPPLEMENTARY;
  }
}
