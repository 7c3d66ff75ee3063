package io.fiscaltrail.query.config;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the read side.
 *
 * @param zone the time zone of the books: "today" and the date of a recorded time are taken there
 * @param batchSize events a projection folds per read-model write
 * @param segments how many parts each projection's event stream is split into, so that several
 *     query-side instances can share the work
 * @param findings the thresholds of the rule-based findings
 */
@ConfigurationProperties("fiscaltrail.query")
public record QuerySideProperties(
    @DefaultValue("Asia/Shanghai") ZoneId zone,
    @DefaultValue("500") int batchSize,
    @DefaultValue("2") int segments,
    @DefaultValue Findings findings) {

  /**
   * @param supplementarySharePercent supplementary allocations above this share of the year's
   *     appropriations, in percent, are a finding
   */
  public record Findings(@DefaultValue("30") BigDecimal supplementarySharePercent) {}
}
