package io.fiscaltrail.query.config;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the read side.
 *
 * @param zone the time zone of the books: "today" and the date of a recorded time are taken there
 * @param batchSize at most this many events a projection folds per read-model write. Live, a batch
 *     holds what arrived since the last one; in a replay it is full, and each batch rewrites the
 *     ledger chunk it ends in and the year's book, so bigger batches replay faster (2,000 against
 *     500: about a fifth more events a second in the benchmark's replay of 30,000 events)
 * @param segments how many parts each projection's event stream is split into, so that several
 *     query-side instances can share the work
 * @param findings the thresholds of the rule-based findings
 */
@ConfigurationProperties("fiscaltrail.query")
public record QuerySideProperties(
    @DefaultValue("Asia/Shanghai") ZoneId zone,
    @DefaultValue("2000") int batchSize,
    @DefaultValue("2") int segments,
    @DefaultValue Findings findings) {

  /**
   * @param supplementarySharePercent supplementary allocations above this share of the year's
   *     appropriations, in percent, are a finding
   */
  public record Findings(@DefaultValue("30") BigDecimal supplementarySharePercent) {}
}
