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
 */
@ConfigurationProperties("fiscaltrail.event-store")
public record EventStoreProperties(
    @DefaultValue("10s") Duration gapTimeout, @DefaultValue("10s") Duration claimTimeout) {}
