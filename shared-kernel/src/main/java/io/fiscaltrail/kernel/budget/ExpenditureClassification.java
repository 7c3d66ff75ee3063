package io.fiscaltrail.kernel.budget;

/** How an expenditure is classified: budget line, functional class (功能分类, e.g. 2010101; its first three digits are the 类 such as 201), economic class (经济分类, e.g. 30201), three-public category, whether it is government procurement, and whether it serves a key project (重点项目). */
public record ExpenditureClassification(
    BudgetLine line,
    String functionalClass,
    String economicClass,
    ThreePublicCategory threePublic,
    boolean governmentProcurement,
    boolean keyProject) {

  /** The 类 of the functional class: its first three digits, e.g. 201 一般公共服务支出. */
  public String functionalCategory() {
    return functionalClass.length() < 3 ? functionalClass : functionalClass.substring(0, 3);
  }

  /** The 类 of the economic class: its first three digits, e.g. 302 商品和服务支出. */
  public String economicCategory() {
    return economicClass.length() < 3 ? economicClass : economicClass.substring(0, 3);
  }
}
