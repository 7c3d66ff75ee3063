package io.fiscaltrail.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event store, under {@code fiscaltrail.event-store}.
 *
 * @param gapTimeout how long tracking readers wait for an allocated number whose event has not been
 *     inserted, counted from the recording of a later event; after it, its writer is taken to have
 *     failed and the number is skipped for good
 * @param claimTimeout how long a processor's claim on a token segment holds without being renewed;
 *     after it, another instance takes the segment over (a live instance renews its claims every 5
 *     seconds, so this must be well above that)
 * @param sequenceBlock how many global sequence numbers a writer takes from the counter at once
 *     (1: one advance per append); a block is used for a tenth of the gap timeout at most, and a
 *     second at most (see {@code GlobalSequenceAllocator})
 */
@ConfigurationProperties("fiscaltrail.event-store")
public record EventStoreProperties(
    @DefaultValue("10s") Duration gapTimeout,
    @DefaultValue("10s") Duration claimTimeout,
    @DefaultValue("100") int sequenceBlock) {

  private static final Duration LONGEST_BLOCK_LIFETIME = Duration.ofSeconds(1);

  /** How long a block of numbers is used: well inside the gap timeout that readers wait. */
  public Duration sequenceBlockLifetime() {
    Duration tenth = gapTimeout.dividedBy(10);
    return tenth.compareTo(LONGEST_BLOCK_LIFETIME) < 0 ? tenth : LONGEST_BLOCK_LIFETIME;
  }
}
