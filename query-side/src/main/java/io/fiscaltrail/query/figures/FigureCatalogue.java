package io.fiscaltrail.query.figures;

import static io.fiscaltrail.query.figures.FigureCodes.*;

import io.fiscaltrail.kernel.budget.AppropriationKind;
import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.IncomeSource;
import io.fiscaltrail.kernel.budget.SpendingCeiling;
import io.fiscaltrail.kernel.budget.ThreePublicCategory;
import io.fiscaltrail.query.budget.PerformanceTarget;
import io.fiscaltrail.query.ledger.BaseFigures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every figure of a fiscal year by code: the fixed ones, one per functional and economic 类 that
 * has spending, one per performance target, and {@code PRIOR_YEAR_} + any figure of the year's
 * ledger for the year before.
 */
public final class FigureCatalogue {

  private static final Pattern FUNCTIONAL = Pattern.compile(BaseFigures.EXPENDITURE_FUNCTION_PREFIX + "(\\d{3})");
  private static final Pattern ECONOMIC = Pattern.compile(BaseFigures.EXPENDITURE_ECONOMIC_PREFIX + "(\\d{3})");
  private static final Map<String, FigureDefinition> FIXED = fixed();

  private final Set<String> ledgerFigures;
  private final Map<String, PerformanceTarget> targets;

  /**
   * @param ledgerFigures the base figures the year's ledger has touched, to list the 类 present
   * @param targets the year's performance targets
   */
  FigureCatalogue(Set<String> ledgerFigures, Collection<PerformanceTarget> targets) {
    this.ledgerFigures = new TreeSet<>(ledgerFigures);
    this.targets = targets.stream()
        .collect(Collectors.toMap(PerformanceTarget::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  public Optional<FigureDefinition> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    FigureDefinition fixed = FIXED.get(code);
    if (fixed != null) {
      return Optional.of(fixed);
    }
    Matcher functional = FUNCTIONAL.matcher(code);
    if (functional.matches()) {
      return Optional.of(yearFlow(code, ClassificationNames.functional(functional.group(1))));
    }
    Matcher economic = ECONOMIC.matcher(code);
    if (economic.matches()) {
      return Optional.of(yearFlow(code, "经济分类：" + ClassificationNames.economic(economic.group(1))));
    }
    if (code.startsWith(OUTPUT_PREFIX) && targets.containsKey(code.substring(OUTPUT_PREFIX.length()))) {
      PerformanceTarget target = targets.get(code.substring(OUTPUT_PREFIX.length()));
      return Optional.of(new FigureDefinition(code, "实际完成：" + target.name(), false, target.unit(),
          List.of(new Term(1, false, new Source.TargetOutput(target.code()))), null));
    }
    if (code.startsWith(TARGET_PREFIX) && targets.containsKey(code.substring(TARGET_PREFIX.length()))) {
      PerformanceTarget target = targets.get(code.substring(TARGET_PREFIX.length()));
      return Optional.of(new FigureDefinition(code, "目标值：" + target.name(), false, target.unit(),
          List.of(new Term(1, false, new Source.TargetValue(target.code()))), null));
    }
    if (code.startsWith(PRIOR_YEAR_PREFIX)) {
      return find(code.substring(PRIOR_YEAR_PREFIX.length()))
          .filter(FigureDefinition::isYearLedgerFigure)
          .map(FigureCatalogue::ofPriorYear);
    }
    return Optional.empty();
  }

  /** The figures worth listing for the year: the fixed ones, the 类 present, the targets. */
  public List<FigureDefinition> listed() {
    List<FigureDefinition> listed = new ArrayList<>(FIXED.values());
    ledgerFigures.stream()
        .filter(f -> FUNCTIONAL.matcher(f).matches() || ECONOMIC.matcher(f).matches())
        .forEach(f -> find(f).ifPresent(listed::add));
    targets.keySet().forEach(t -> {
      find(FigureCodes.output(t)).ifPresent(listed::add);
      find(FigureCodes.target(t)).ifPresent(listed::add);
    });
    return listed;
  }

  /** The functional 类 that the year's ledger has touched, e.g. 201, 208. */
  public List<String> functionalCategories() {
    return categories(FUNCTIONAL);
  }

  /** The economic 类 that the year's ledger has touched, e.g. 301, 302. */
  public List<String> economicCategories() {
    return categories(ECONOMIC);
  }

  public static String lineName(BudgetLine line) {
    return switch (line) {
      case BASIC_PERSONNEL -> "人员经费";
      case BASIC_PUBLIC -> "公用经费";
      case PROJECT -> "项目支出";
      case UNASSIGNED -> "未分配科目";
    };
  }

  private List<String> categories(Pattern family) {
    return ledgerFigures.stream()
        .map(family::matcher)
        .filter(Matcher::matches)
        .map(m -> m.group(1))
        .toList();
  }

  private static FigureDefinition yearFlow(String code, String name) {
    return FigureDefinition.ofMoney(code, name, List.of(new Term(1, false, new Source.YearFlow(code))));
  }

  private static FigureDefinition ofPriorYear(FigureDefinition d) {
    return new FigureDefinition(PRIOR_YEAR_PREFIX + d.code(), "上年" + d.name(), d.money(), d.unit(),
        d.terms().stream().map(Term::ofPriorYear).toList(), null);
  }

  private static Map<String, FigureDefinition> fixed() {
    Definitions d = new Definitions();
    for (AppropriationKind kind : AppropriationKind.values()) {
      for (BudgetLine line : BudgetLine.values()) {
        d.yearFlow(BaseFigures.appropriation(kind, line), kindName(kind) + "：" + lineName(line));
      }
    }
    d.sum(APPROPRIATION_INITIAL, "年初预算数", all(AppropriationKind.INITIAL));
    d.sum(APPROPRIATION_INITIAL_BASIC, "年初预算：基本支出",
        "+" + APPROPRIATION_INITIAL_PERSONNEL, "+" + APPROPRIATION_INITIAL_PUBLIC);
    d.sum(APPROPRIATION_SUPPLEMENTARY, "追加预算数", all(AppropriationKind.SUPPLEMENTARY));
    d.sum(APPROPRIATION_REDUCTIONS, "调减预算数", all(AppropriationKind.REDUCTION));
    for (BudgetLine line : BudgetLine.values()) {
      d.sum(budget(line), "全年预算：" + lineName(line),
          "+" + BaseFigures.appropriation(AppropriationKind.INITIAL, line),
          "+" + BaseFigures.appropriation(AppropriationKind.SUPPLEMENTARY, line),
          "-" + BaseFigures.appropriation(AppropriationKind.REDUCTION, line));
    }
    d.sum(BASIC_BUDGET, "全年预算：基本支出",
        "+" + budget(BudgetLine.BASIC_PERSONNEL), "+" + budget(BudgetLine.BASIC_PUBLIC));
    d.sum(APPROPRIATION_TOTAL, "财政拨款预算数（全年）",
        "+" + APPROPRIATION_INITIAL, "+" + APPROPRIATION_SUPPLEMENTARY, "-" + APPROPRIATION_REDUCTIONS);
    d.sum(APPROPRIATION_ADJUSTMENTS, "预算调整数（追加与调减）",
        "+" + APPROPRIATION_SUPPLEMENTARY, "+" + APPROPRIATION_REDUCTIONS);
    d.yearFlow(CARRYOVER_IN, "上年结转和结余");
    for (IncomeSource source : IncomeSource.values()) {
      d.yearFlow(BaseFigures.otherIncome(source), "其他收入：" + incomeName(source));
    }
    d.sum(OTHER_INCOME, "其他收入",
        List.of(IncomeSource.values()).stream().map(s -> "+" + BaseFigures.otherIncome(s)).toArray(String[]::new));
    d.yearFlow(PROCUREMENT_BUDGET, ceilingName(SpendingCeiling.GOVERNMENT_PROCUREMENT));
    d.yearFlow(THREE_PUBLIC_BUDGET, ceilingName(SpendingCeiling.THREE_PUBLIC_EXPENSES));
    for (BudgetLine line : BudgetLine.values()) {
      d.yearFlow(BaseFigures.expenditure(line), line == BudgetLine.PROJECT ? "项目支出" : lineName(line) + "支出");
    }
    d.sum(EXPENDITURE_BASIC, "基本支出", "+" + EXPENDITURE_PERSONNEL, "+" + EXPENDITURE_PUBLIC);
    d.sum(EXPENDITURE_TOTAL, "实际支出",
        List.of(BudgetLine.values()).stream().map(l -> "+" + BaseFigures.expenditure(l)).toArray(String[]::new));
    List<String> threePublic = new ArrayList<>();
    for (ThreePublicCategory category : ThreePublicCategory.values()) {
      if (category != ThreePublicCategory.NONE) {
        d.yearFlow(BaseFigures.threePublicSpent(category), threePublicName(category));
        threePublic.add("+" + BaseFigures.threePublicSpent(category));
      }
    }
    d.sum(THREE_PUBLIC_SPENT, "“三公”经费支出", threePublic.toArray(String[]::new));
    d.yearFlow(PROCUREMENT_SPENT, "政府采购支出");
    d.yearFlow(EXPENDITURE_KEY_PROJECT, "重点项目支出");
    d.sum(OVERSPEND, "超出全年预算的支出", "+" + EXPENDITURE_TOTAL, "-" + APPROPRIATION_TOTAL);
    d.sum(OVERSPEND_INITIAL_BASIC, "超出年初基本支出预算的支出", "+" + EXPENDITURE_TOTAL, "-" + APPROPRIATION_INITIAL_BASIC);
    d.variant(OVERSPEND_INITIAL_BASIC, OVERSPEND);
    d.yearFlow(CARRYOVER_OUT, "年末结转和结余");
    d.sum(CARRYOVER_CHANGE, "结转结余变动额", "+" + CARRYOVER_OUT, "-" + CARRYOVER_IN);
    d.sum(THREE_PUBLIC_CHANGE, "“三公”经费变动额", "+" + THREE_PUBLIC_SPENT, "-" + PRIOR_YEAR_THREE_PUBLIC_SPENT);
    d.sum(SOURCES, "资金来源合计（上年结转、财政拨款、其他收入）", "+" + CARRYOVER_IN, "+" + APPROPRIATION_TOTAL, "+" + OTHER_INCOME);
    d.sum(USES, "资金运用合计（实际支出、年末结转）", "+" + EXPENDITURE_TOTAL, "+" + CARRYOVER_OUT);
    d.sum(UNACCOUNTED, "来源与运用之差", "+" + SOURCES, "-" + USES);
    d.stated(AUTHORIZED_HEADCOUNT, "编制人数", "人", new Source.Staffing(AUTHORIZED_HEADCOUNT));
    d.stated(ACTUAL_HEADCOUNT, "实有人数", "人", new Source.Staffing(ACTUAL_HEADCOUNT));
    d.stated(DIVISION_COUNT, "内设股室数", "个", new Source.Staffing(DIVISION_COUNT));
    d.put(FigureDefinition.ofMoney(ASSETS_CURRENT, "流动资产",
        List.of(new Term(1, false, new Source.CurrentAssets(ASSETS_CURRENT)))));
    d.assetFlow(ASSETS_FIXED_COST, "固定资产原值");
    d.assetFlow(ASSETS_FIXED_DEPRECIATION, "固定资产累计折旧");
    d.assetFlow(ASSETS_FIXED_IN_USE_COST, "在用固定资产原值");
    d.sum(ASSETS_FIXED_NET, "固定资产净值", "+" + ASSETS_FIXED_COST, "-" + ASSETS_FIXED_DEPRECIATION);
    d.sum(ASSETS_TOTAL, "资产总额", "+" + ASSETS_CURRENT, "+" + ASSETS_FIXED_NET);
    return d.definitions;
  }

  private static String[] all(AppropriationKind kind) {
    return List.of(BudgetLine.values()).stream()
        .map(line -> "+" + BaseFigures.appropriation(kind, line))
        .toArray(String[]::new);
  }

  private static String kindName(AppropriationKind kind) {
    return switch (kind) {
      case INITIAL -> "年初预算";
      case SUPPLEMENTARY -> "追加预算";
      case REDUCTION -> "调减预算";
    };
  }

  private static String incomeName(IncomeSource source) {
    return switch (source) {
      case BUSINESS -> "事业收入";
      case OPERATING -> "经营收入";
      case SUPERIOR_SUBSIDY -> "上级补助收入";
      case OTHER -> "其他";
    };
  }

  private static String ceilingName(SpendingCeiling ceiling) {
    return switch (ceiling) {
      case GOVERNMENT_PROCUREMENT -> "政府采购预算";
      case THREE_PUBLIC_EXPENSES -> "“三公”经费预算";
    };
  }

  private static String threePublicName(ThreePublicCategory category) {
    return switch (category) {
      case OVERSEAS_TRIPS -> "因公出国（境）费用";
      case OFFICIAL_CARS -> "公务用车购置及运行费";
      case OFFICIAL_RECEPTIONS -> "公务接待费";
      case NONE -> "非“三公”经费";
    };
  }

  /** Builds the fixed definitions in listing order; a sum is flattened into its base terms at once. */
  private static final class Definitions {

    private final Map<String, FigureDefinition> definitions = new LinkedHashMap<>();

    void put(FigureDefinition definition) {
      definitions.put(definition.code(), definition);
    }

    void yearFlow(String code, String name) {
      put(FigureCatalogue.yearFlow(code, name));
    }

    void assetFlow(String code, String name) {
      put(FigureDefinition.ofMoney(code, name, List.of(new Term(1, false, new Source.AssetFlow(code)))));
    }

    void stated(String code, String name, String unit, Source source) {
      put(new FigureDefinition(code, name, false, unit, List.of(new Term(1, false, source)), null));
    }

    /** Each part is "+CODE" or "-CODE" of a figure defined before, or of a prior-year one. */
    void sum(String code, String name, String... parts) {
      List<Term> terms = new ArrayList<>();
      for (String part : parts) {
        boolean minus = part.charAt(0) == '-';
        for (Term term : termsOf(part.substring(1))) {
          terms.add(minus ? term.negated() : term);
        }
      }
      put(FigureDefinition.ofMoney(code, name, terms));
    }

    void variant(String code, String headline) {
      put(definitions.get(code).asVariantOf(headline));
    }

    private List<Term> termsOf(String code) {
      if (code.startsWith(PRIOR_YEAR_PREFIX)) {
        return termsOf(code.substring(PRIOR_YEAR_PREFIX.length())).stream().map(Term::ofPriorYear).toList();
      }
      FigureDefinition defined = definitions.get(code);
      if (defined == null) {
        throw new IllegalStateException("figure " + code + " is used before it is defined");
      }
      return defined.terms();
    }
  }
}
