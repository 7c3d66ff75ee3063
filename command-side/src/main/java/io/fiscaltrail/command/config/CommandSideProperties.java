package io.fiscaltrail.command.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the write side.
 *
 * @param snapshotThreshold events after which a fiscal year's state is snapshotted, so that a
 *     command never re-reads a long stream from its start
 * @param cacheAggregates whether aggregates stay in memory between commands (off: every command
 *     loads its aggregate from the snapshot and the events after it)
 * @param cachedAggregates how many aggregates of each type (fiscal years, asset registers,
 *     departments) stay in memory; beyond that one of the least recently used is dropped and reloaded
 *     when next needed
 * @param conflictRetries how often a command that lost an optimistic-concurrency race is retried
 *     on fresh state before the caller gets 409
 * @param maxJsonBody the largest body of a JSON command; a larger one is answered 413
 * @param maxImportBody the largest NDJSON or CSV import sent over HTTP; a larger one is answered 413
 * @param idempotencyWait how long a request waits for an earlier one with the same
 *     {@code Idempotency-Key} that is still running, before it is answered 409
 */
@ConfigurationProperties("fiscaltrail.command")
public record CommandSideProperties(
    @DefaultValue("250") int snapshotThreshold,
    @DefaultValue("true") boolean cacheAggregates,
    @DefaultValue("1000") int cachedAggregates,
    @DefaultValue("3") int conflictRetries,
    @DefaultValue("256KB") DataSize maxJsonBody,
    @DefaultValue("8MB") DataSize maxImportBody,
    @DefaultValue("10s") Duration idempotencyWait) {

  public CommandSideProperties {
    if (cachedAggregates < 1) {
      throw new IllegalArgumentException("fiscaltrail.command.cached-aggregates must be at least 1, was "
          + cachedAggregates + " (fiscaltrail.command.cache-aggregates=false keeps none)");
    }
  }
}
