package io.fiscaltrail.kernel.asset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.fiscaltrail.kernel.department.DepartmentCode;

/** A department's register of assets, one stream across the years; rendered as {@code code/assets}. */
public record AssetRegisterId(DepartmentCode department) {

  private static final String SUFFIX = "/assets";

  public AssetRegisterId {
    if (department == null) {
      throw new IllegalArgumentException("department is missing");
    }
  }

  @JsonCreator
  public static AssetRegisterId parse(String text) {
    if (!text.endsWith(SUFFIX)) {
      throw new IllegalArgumentException("asset register id must be code/assets: " + text);
    }
    return new AssetRegisterId(DepartmentCode.of(text.substring(0, text.length() - SUFFIX.length())));
  }

  @JsonValue
  @Override
  public String toString() {
    return department + SUFFIX;
  }
}
