package io.fiscaltrail.query.figures;

import java.util.Map;

/** The names of the 类 of the national 政府收支分类科目, as reports print them. */
public final class ClassificationNames {

  private static final Map<String, String> FUNCTIONAL = Map.ofEntries(
      Map.entry("201", "一般公共服务支出"),
      Map.entry("202", "外交支出"),
      Map.entry("203", "国防支出"),
      Map.entry("204", "公共安全支出"),
      Map.entry("205", "教育支出"),
      Map.entry("206", "科学技术支出"),
      Map.entry("207", "文化旅游体育与传媒支出"),
      Map.entry("208", "社会保障和就业支出"),
      Map.entry("210", "卫生健康支出"),
      Map.entry("211", "节能环保支出"),
      Map.entry("212", "城乡社区支出"),
      Map.entry("213", "农林水支出"),
      Map.entry("214", "交通运输支出"),
      Map.entry("215", "资源勘探工业信息等支出"),
      Map.entry("216", "商业服务业等支出"),
      Map.entry("217", "金融支出"),
      Map.entry("219", "援助其他地区支出"),
      Map.entry("220", "自然资源海洋气象等支出"),
      Map.entry("221", "住房保障支出"),
      Map.entry("222", "粮油物资储备支出"),
      Map.entry("224", "灾害防治及应急管理支出"),
      Map.entry("227", "预备费"),
      Map.entry("229", "其他支出"),
      Map.entry("230", "转移性支出"),
      Map.entry("231", "债务还本支出"),
      Map.entry("232", "债务付息支出"),
      Map.entry("233", "债务发行费用支出"));

  private static final Map<String, String> ECONOMIC = Map.ofEntries(
      Map.entry("301", "工资福利支出"),
      Map.entry("302", "商品和服务支出"),
      Map.entry("303", "对个人和家庭的补助"),
      Map.entry("307", "债务利息及费用支出"),
      Map.entry("309", "资本性支出（基本建设）"),
      Map.entry("310", "资本性支出"),
      Map.entry("311", "对企业补助（基本建设）"),
      Map.entry("312", "对企业补助"),
      Map.entry("313", "对社会保障基金补助"),
      Map.entry("399", "其他支出"));

  private ClassificationNames() {}

  public static String functional(String category) {
    return FUNCTIONAL.getOrDefault(category, "功能分类" + category + "类支出");
  }

  public static String economic(String category) {
    return ECONOMIC.getOrDefault(category, "经济分类" + category + "类支出");
  }
}
