package io.fiscaltrail.query.timeline;

import io.fiscaltrail.kernel.budget.SupplementaryAllocationGranted;
import io.fiscaltrail.query.budget.AuditNote;
import io.fiscaltrail.query.budget.BudgetYearBook;
import io.fiscaltrail.query.budget.Disclosure;
import io.fiscaltrail.query.budget.Evidence;
import io.fiscaltrail.query.budget.FiledReport;
import io.fiscaltrail.query.budget.PerformanceTarget;
import io.fiscaltrail.query.budget.RecordedOutput;
import io.fiscaltrail.query.figures.FigureCatalogue;
import io.fiscaltrail.query.ledger.BaseFigures;
import io.fiscaltrail.query.ledger.EventOrigin;
import io.fiscaltrail.query.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every fact of a year with a short description: the money facts of its ledger and the targets,
 * outputs, disclosures, evidence, filed reports and auditors' notes its book keeps. A fact without a
 * date of its own (a target, a note, a filing without a filing date) is placed on the day it was
 * recorded.
 */
final class YearFacts {

  /** The types the timeline lists, as {@code type=} names them. */
  static final Set<String> TYPES = Set.of(
      "InitialAppropriationApproved", "SupplementaryAllocationGranted", "AppropriationReduced",
      "CarryOverBroughtIn", "OtherIncomeReceived", "SpendingCeilingApproved", "ExpenditureRecorded",
      "ExpenditureReversed", "YearClosed", "PerformanceTargetSet", "OutputRecorded", "DisclosurePublished",
      "EvidenceRecorded", "ReportClaimsFiled", "AuditNoteRecorded");

  private static final String REVERSAL = "ExpenditureReversed";

  private YearFacts() {}

  static List<YearFact> of(List<LedgerEntry> ledger, BudgetYearBook book, FigureCatalogue catalogue, ZoneId booksZone) {
    List<YearFact> facts = new ArrayList<>();
    ledger.forEach(e -> facts.add(new YearFact(
        e.origin(), e.effectiveDate(), e, e.document(), e.reason(), e.amount(), BaseFigures.lineOf(e),
        describe(e, catalogue))));
    for (PerformanceTarget t : book.targets()) {
      facts.add(other(t.origin(), recordedOn(t.origin(), booksZone), t.document(),
          "绩效目标 " + t.code() + " " + t.name() + "：" + text(t.value()) + orEmpty(t.unit())));
    }
    for (RecordedOutput o : book.outputs()) {
      String quantity = o.quantity() == null ? "" : "：" + text(o.quantity()) + orEmpty(o.unit());
      facts.add(new YearFact(o.origin(), o.effectiveDate(), null, o.document(), null, o.amount(), null,
          "产出" + (o.targetCode() == null ? "" : " " + o.targetCode()) + " " + orEmpty(o.description()) + quantity));
    }
    for (Disclosure d : book.disclosures()) {
      facts.add(other(
          d.origin(), d.effectiveDate(), null, "公开 " + d.subject() + "（" + orEmpty(d.channel()) + "）"));
    }
    for (Evidence e : book.evidence()) {
      facts.add(other(
          e.origin(), e.effectiveDate(), e.document(), "佐证 " + e.indicator() + "：" + orEmpty(e.statement())));
    }
    for (FiledReport f : book.filings()) {
      LocalDate filed = f.filedOn() == null ? recordedOn(f.origin(), booksZone) : f.filedOn();
      facts.add(other(f.origin(), filed, f.document(), "报送评价报告：" + f.figures().size() + " 项数据、"
          + f.problems().size() + " 个问题、" + f.measures().size() + " 条措施"));
    }
    for (AuditNote n : book.notes()) {
      facts.add(other(n.origin(), recordedOn(n.origin(), booksZone), n.document(),
          "审计意见" + (n.subject() == null ? "" : "（" + n.subject() + "）") + "：" + n.text()));
    }
    return facts;
  }

  /** A money fact is named by what it moves, as the figures name it, e.g. 追加预算：项目支出. */
  private static String describe(LedgerEntry e, FigureCatalogue catalogue) {
    String moved = e.contributions().keySet().stream()
        .filter(f -> BaseFigures.lineOf(e) == null || f.endsWith("_" + BaseFigures.lineOf(e)))
        .findFirst()
        .flatMap(catalogue::find)
        .map(d -> d.name())
        .orElse(e.origin().type());
    String reversal = REVERSAL.equals(e.origin().type()) ? "冲销 " : "";
    boolean approved = e.approvedBy() != null && !SupplementaryAllocationGranted.NOT_RECORDED.equals(e.approvedBy());
    return reversal + moved + (approved ? "（批准：" + e.approvedBy() + "）" : "");
  }

  private static YearFact other(EventOrigin origin, LocalDate effectiveDate, String document, String description) {
    return new YearFact(origin, effectiveDate, null, document, null, null, null, description);
  }

  private static LocalDate recordedOn(EventOrigin origin, ZoneId booksZone) {
    return LocalDate.ofInstant(origin.recordedAt(), booksZone);
  }

  private static String text(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
